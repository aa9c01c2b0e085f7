package org.childsafe.lti.session.application;

import java.util.Objects;
import org.childsafe.lti.launch.domain.LaunchClaims;

/**
 * Fired synchronously, inside the launch's transaction, once a validated launch has recorded its user and course:
 * features that remember something per launch (the AGS endpoint of a resource link, for one) observe it instead of
 * the launch code knowing about them. An observer that throws fails the launch, so observers keep to recording.
 *
 * @param claims   the validated launch
 * @param identity what the session will hold
 */
public record LaunchRecorded(LaunchClaims claims, LaunchIdentity identity) {

    public LaunchRecorded {
        Objects.requireNonNull(claims, "Claims are required.");
        Objects.requireNonNull(identity, "Identity is required.");
    }
}
