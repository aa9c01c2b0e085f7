package org.childsafe.lessons.attempt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.childsafe.lessons.LessonsWidget;
import org.childsafe.lessons.pack.Lesson;
import org.childsafe.lti.grades.application.GradeRequest;
import org.childsafe.lti.grades.application.GradeService;
import org.childsafe.lti.grades.application.GradeSyncStatus;
import org.childsafe.lti.grades.application.LineItemHint;
import org.childsafe.lti.services.ags.ActivityProgress;
import org.childsafe.lti.services.ags.GradingProgress;
import org.childsafe.lti.session.application.LaunchIdentity;

/**
 * {@link GradeReporter} on the LTI core's durable grade queue ({@link GradeService}): a completed lesson is
 * queued as activity {@code Completed}, grading {@code FullyGraded}, out of {@value LessonsWidget#SCORE_MAXIMUM},
 * with the line item hint the deep-linking item declared (label = lesson title, resourceId = lesson id, tag
 * {@value LessonsWidget#LINE_ITEM_TAG}), so a launch without a {@code lineitem} claim still finds or creates the
 * lesson's column. Launches without a resource link cannot be graded and get no report.
 */
@ApplicationScoped
class QueuedGradeReporter implements GradeReporter {

    @Inject
    GradeService grades;

    @Override
    public Optional<GradeReport> submit(LaunchIdentity learner, Lesson lesson, String lineItemLabel, double score) {
        if (learner.anonymous() || learner.resourceLinkId() == null) {
            return Optional.empty();
        }
        GradeRequest request = new GradeRequest(score, LessonsWidget.SCORE_MAXIMUM, ActivityProgress.Completed,
                GradingProgress.FullyGraded, null,
                new LineItemHint(lineItemLabel, lesson.id(), LessonsWidget.LINE_ITEM_TAG));
        return Optional.of(report(grades.submit(learner, request)));
    }

    @Override
    public Optional<GradeReport> latest(LaunchIdentity learner) {
        return grades.latest(learner).map(QueuedGradeReporter::report);
    }

    @Override
    public List<GradeReport> forResourceLink(long deploymentPk, String resourceLinkId) {
        return grades.forResourceLink(deploymentPk, resourceLinkId).stream().map(QueuedGradeReporter::report).toList();
    }

    static GradeReport report(GradeSyncStatus status) {
        return new GradeReport(status.submissionId(), status.userId(), status.resourceLinkId(), status.scoreGiven(),
                status.state().name(), status.attempts(), status.updatedAt(), status.errorCode());
    }
}
