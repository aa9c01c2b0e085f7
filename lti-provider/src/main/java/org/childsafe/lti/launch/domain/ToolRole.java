package org.childsafe.lti.launch.domain;

/**
 * The coarse roles the tool authorises with, derived from the platform's LIS role URIs by
 * {@link RoleMapper}.
 *
 * <p>It exists so that no feature has to parse role URIs itself. A launch may carry none of them
 * (a guest) or several.
 */
public enum ToolRole {
    /** A learner in the launch context. */
    LEARNER,
    /** An instructor, teaching assistant or content developer in the launch context. */
    INSTRUCTOR,
    /** An administrator of the context, the institution or the platform. */
    ADMINISTRATOR
}
