package org.childsafe.lti.registration.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * A staff user (instructor or administrator) of a registration, who may be designated counselor.
 *
 * @param userId       the tool's user id ({@code lti_user.id})
 * @param displayName  the name the platform sent at the last launch
 * @param lastLaunchAt when they last launched the tool
 */
public record StaffMember(long userId, String displayName, Instant lastLaunchAt) implements Serializable {
}
