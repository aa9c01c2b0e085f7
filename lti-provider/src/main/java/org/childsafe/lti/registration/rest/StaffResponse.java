package org.childsafe.lti.registration.rest;

import java.time.Instant;
import org.childsafe.lti.registration.application.StaffMember;

/** A staff user of a registration, a candidate for counselor ({@code GET …/{id}/staff}). */
public record StaffResponse(long userId, String displayName, Instant lastLaunchAt) {

    static StaffResponse of(StaffMember member) {
        return new StaffResponse(member.userId(), member.displayName(), member.lastLaunchAt());
    }
}
