package org.childsafe.lti.registration.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * A designated counselor of one deployment.
 *
 * @param userId      the tool's user id ({@code lti_user.id})
 * @param displayName the staff name the platform sent at the last launch, or {@code null}
 * @param designatedBy audit actor who designated them
 * @param since       when
 */
public record CounselorView(long userId, String displayName, String designatedBy, Instant since) implements Serializable {
}
