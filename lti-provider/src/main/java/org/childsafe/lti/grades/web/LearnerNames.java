package org.childsafe.lti.grades.web;

/**
 * How the teacher's grade page names a learner. ChildSafe stores no learner names (data minimisation for
 * children), so the default, {@link PseudonymousLearnerNames}, shows a short code derived from the platform's
 * {@code sub}. A roster source (NRPS, in its own feature) can replace it with a CDI alternative
 * ({@code @Alternative @Priority(…)}) that returns the names the platform shares for the course, without keeping
 * them.
 */
public interface LearnerNames {

    /** What to show for the stored user {@code userId} of this deployment's course. */
    String display(long deploymentPk, Long contextPk, long userId);
}
