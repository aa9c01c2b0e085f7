package org.childsafe.lti.keys.application;

import java.util.Objects;
import java.util.Optional;

/**
 * The kids after one {@link ToolKeyService#rotate() rotation}: the key now signing, the one published for the
 * next rotation, the one kept for verification, and the one that left the JWKS (none on the first rotation).
 */
public record RotationResult(String current, String next, String previous, Optional<String> retired) {

    public RotationResult {
        Objects.requireNonNull(current, "Current kid is required.");
        Objects.requireNonNull(next, "Next kid is required.");
        Objects.requireNonNull(previous, "Previous kid is required.");
        Objects.requireNonNull(retired, "Retired kid (possibly empty) is required.");
    }
}
