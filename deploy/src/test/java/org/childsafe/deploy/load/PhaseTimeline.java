package org.childsafe.deploy.load;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Which {@link Phase} the run is in, and how long it has spent in each: a phase may come back (steady before the
 * kill and again after the instance's return), so its duration is the sum of its intervals. Time comes from an
 * injected nanosecond clock so the bookkeeping is testable without waiting.
 */
final class PhaseTimeline {

    /** One change of phase, at {@code nanos} on the timeline's clock. */
    record Transition(Phase phase, long nanos) {
    }

    private final LongSupplier nanoClock;
    private final List<Transition> transitions = new ArrayList<>();
    private volatile Phase current;
    private Long endedAt;

    PhaseTimeline(LongSupplier nanoClock, Phase first) {
        this.nanoClock = nanoClock;
        enter(first);
    }

    /** The phase now; operations are counted in the phase they started in. */
    Phase current() {
        return current;
    }

    synchronized void enter(Phase phase) {
        if (endedAt != null) {
            throw new IllegalStateException("The run has ended.");
        }
        transitions.add(new Transition(phase, nanoClock.getAsLong()));
        current = phase;
    }

    /** Ends the last interval; durations are final afterwards. */
    synchronized void end() {
        if (endedAt == null) {
            endedAt = nanoClock.getAsLong();
        }
    }

    /** Seconds spent in each phase so far (phases never entered are absent). */
    synchronized Map<Phase, Double> seconds() {
        Map<Phase, Double> seconds = new EnumMap<>(Phase.class);
        long now = endedAt != null ? endedAt : nanoClock.getAsLong();
        for (int i = 0; i < transitions.size(); i++) {
            Transition t = transitions.get(i);
            long until = i + 1 < transitions.size() ? transitions.get(i + 1).nanos() : now;
            seconds.merge(t.phase(), (until - t.nanos()) / 1e9, Double::sum);
        }
        return seconds;
    }

    synchronized List<Transition> transitions() {
        return List.copyOf(transitions);
    }
}
