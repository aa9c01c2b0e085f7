package org.childsafe.lessons.attempt;

import java.util.List;
import java.util.Optional;
import org.childsafe.lessons.pack.Lesson;
import org.childsafe.lti.session.application.LaunchIdentity;

/**
 * The lessons module's port to the LTI core's durable grade queue (AGS 2.0): hands over a completed lesson's
 * score and reads back its sync status. An implementation that cannot reach the queue answers empty, and the
 * learner is told the score is kept in ChildSafe but was not sent.
 */
public interface GradeReporter {

    /**
     * Queues the learner's counted score of a lesson for their course's gradebook (activity Completed, grading
     * FullyGraded, line item hint: label = lesson title, resourceId = lesson id, tag {@code childsafe-lesson}).
     */
    Optional<GradeReport> submit(LaunchIdentity learner, Lesson lesson, String lineItemLabel, double score);

    /** The latest sync status of the learner's score in the launch's resource link. */
    Optional<GradeReport> latest(LaunchIdentity learner);

    /** Every learner's latest sync status in one course activity, for the teacher dashboard. */
    List<GradeReport> forResourceLink(long deploymentPk, String resourceLinkId);
}
