package org.childsafe.lti.grades.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.childsafe.lti.session.domain.LtiUser;
import org.childsafe.lti.session.domain.People;

/**
 * The default {@link LearnerNames}: the learner's platform {@code sub}, shortened to {@value #SHOWN} characters
 * (Moodle's subs are short numbers and shown whole; long opaque ids are cut with an ellipsis). A teacher can match
 * it with the LMS's user id; nothing more personal is shown.
 */
@ApplicationScoped
public class PseudonymousLearnerNames implements LearnerNames {

    /** At most this many characters of the subject are shown. */
    public static final int SHOWN = 10;

    @Inject
    People people;

    @Override
    public String display(long deploymentPk, Long contextPk, long userId) {
        return people.findUser(userId).map(LtiUser::subject).map(PseudonymousLearnerNames::shorten).orElse("#" + userId);
    }

    static String shorten(String subject) {
        return subject.length() <= SHOWN ? subject : subject.substring(0, SHOWN - 1) + "…";
    }
}
