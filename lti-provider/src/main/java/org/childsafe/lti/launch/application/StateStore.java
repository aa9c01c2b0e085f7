package org.childsafe.lti.launch.application;

import java.time.Instant;
import java.util.Objects;

import org.childsafe.lti.launch.domain.LaunchState;

/**
 * Port to the server-side store of login states (LTI-CHECKLIST §2.2 and §4 item 1: state and nonce
 * are kept server-side, keyed by state, so a launch survives blocked third-party cookies).
 *
 * <p>Invariant the implementation must keep: {@link #consume(String, Instant)} is atomic and
 * single use, cluster-wide (e.g. {@code UPDATE ... SET consumed_at = ? WHERE state = ? AND
 * consumed_at IS NULL}); two concurrent calls for one state never both return {@link Found}.
 */
public interface StateStore {

    /** @param state a new state to remember until {@link LaunchState#expiresAt()} */
    void save(LaunchState state);

    /**
     * Marks the state used and returns what it was.
     *
     * @param state the state value from the authentication response
     * @param now   the current time, from the caller's clock
     * @return {@link Found} only on the first call before expiry
     */
    ConsumeResult consume(String state, Instant now);

    /**
     * Reads a state WITHOUT consuming it, to decide how the browser binding will be checked (cookie, platform
     * storage, or a new window) before the launch itself consumes it. Never use it to accept a launch.
     *
     * @param state the state value from the authentication response
     * @param now   the current time
     * @return the state while it is unconsumed and unexpired; empty otherwise (and by default)
     */
    default java.util.Optional<LaunchState> pending(String state, Instant now) {
        return java.util.Optional.empty();
    }

    /** The outcome of {@link #consume(String, Instant)}. */
    sealed interface ConsumeResult permits Found, Unknown, AlreadyUsed, Expired {
    }

    /** The state was valid and is now consumed. @param state the saved state */
    record Found(LaunchState state) implements ConsumeResult {
        public Found {
            Objects.requireNonNull(state, "State is required.");
        }
    }

    /** No such state was ever saved (or it was purged). */
    record Unknown() implements ConsumeResult {
    }

    /** The state was consumed before. */
    record AlreadyUsed() implements ConsumeResult {
    }

    /** The state exists but its expiry has passed. */
    record Expired() implements ConsumeResult {
    }
}
