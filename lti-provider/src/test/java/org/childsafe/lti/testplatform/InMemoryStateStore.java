package org.childsafe.lti.testplatform;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.childsafe.lti.launch.application.StateStore;
import org.childsafe.lti.launch.domain.LaunchState;

/**
 * Test double of {@link StateStore}: keeps states in memory with the same single-use, atomic
 * consume semantics the database adapter must have. Not for production (no expiry purge, no
 * cluster).
 */
public final class InMemoryStateStore implements StateStore {

    private final Map<String, LaunchState> states = new HashMap<>();
    private final Set<String> consumed = new HashSet<>();
    private final List<LaunchState> saved = new ArrayList<>();

    @Override
    public synchronized void save(LaunchState state) {
        states.put(state.state(), state);
        saved.add(state);
    }

    @Override
    public synchronized ConsumeResult consume(String state, Instant now) {
        LaunchState found = states.get(state);
        if (found == null) {
            return new Unknown();
        }
        if (consumed.contains(state)) {
            return new AlreadyUsed();
        }
        if (!now.isBefore(found.expiresAt())) {
            return new Expired();
        }
        consumed.add(state);
        return new Found(found);
    }

    @Override
    public synchronized java.util.Optional<LaunchState> pending(String state, Instant now) {
        LaunchState found = state == null ? null : states.get(state);
        return found == null || consumed.contains(state) || !now.isBefore(found.expiresAt())
                ? java.util.Optional.empty() : java.util.Optional.of(found);
    }

    /** @return every state saved so far, oldest first */
    public synchronized List<LaunchState> saved() {
        return List.copyOf(saved);
    }
}
