package org.childsafe.urlcheck.school;

import java.util.Objects;

/**
 * Who changes a school's lists or policy, and for which school. Only an LTI <em>Administrator</em> launched from
 * that school's deployment qualifies (see ADR 0014): an allow entry overrides every feed for every child of the
 * school, which is a decision for the school's administration, not for each teacher.
 *
 * @param registrationId the registration of the launch
 * @param deploymentPk   the school
 * @param actor          the audit actor, {@code lti-admin:<registrationId>:<userId>}
 */
public record SchoolAdmin(long registrationId, long deploymentPk, String actor) {

    public SchoolAdmin {
        Objects.requireNonNull(actor, "Actor is required.");
    }

    /** Audit target of the school's URL checker settings, under the deployment's own target. */
    public String target(String what) {
        return "registration:" + registrationId + "/deployment:" + deploymentPk + "/urlcheck-" + what;
    }
}
