package org.childsafe.lti.keys.rest;

import org.childsafe.lti.keys.application.RotationResult;

/** Body of {@code POST /api/admin/keys/rotate}: the kids in each published status after the rotation. */
public record KeyRotationResponse(String current, String next, String previous) {

    static KeyRotationResponse from(RotationResult result) {
        return new KeyRotationResponse(result.current(), result.next(), result.previous());
    }
}
