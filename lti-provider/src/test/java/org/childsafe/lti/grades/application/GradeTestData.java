package org.childsafe.lti.grades.application;

import java.time.Instant;
import java.util.Set;
import org.childsafe.lti.launch.domain.ToolRole;
import org.childsafe.lti.services.ags.ActivityProgress;
import org.childsafe.lti.services.ags.GradingProgress;
import org.childsafe.lti.session.application.LaunchIdentity;

/** Launches and requests for grade tests. */
final class GradeTestData {

    static final long REGISTRATION = 3;
    static final long DEPLOYMENT = 11;
    static final long CONTEXT = 21;
    static final String LINK = "link-42";
    static final Instant LAUNCHED = Instant.parse("2025-03-01T08:59:00Z");

    private GradeTestData() {
    }

    static LaunchIdentity learner(long userId) {
        return launch(userId, CONTEXT, ToolRole.LEARNER);
    }

    static LaunchIdentity teacher(long userId) {
        return launch(userId, CONTEXT, ToolRole.INSTRUCTOR);
    }

    static LaunchIdentity launch(long userId, Long contextPk, ToolRole role) {
        return launch(DEPLOYMENT, userId, contextPk, LINK, role);
    }

    static LaunchIdentity launch(long deploymentPk, long userId, Long contextPk, String link, ToolRole role) {
        return new LaunchIdentity(REGISTRATION, "https://lms.example", deploymentPk, "dep-1", "School", userId,
                role == ToolRole.LEARNER ? null : "Teacher", contextPk, "Course", Set.of(role), false, "lessons",
                link, null, LAUNCHED);
    }

    static GradeRequest score(double given) {
        return new GradeRequest(given, 10, ActivityProgress.Completed, GradingProgress.FullyGraded, null,
                new LineItemHint("Safe passwords", "lessons:safe-passwords", "quiz"));
    }
}
