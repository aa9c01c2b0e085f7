package org.childsafe.lti.grades.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.childsafe.lti.grades.domain.GradeOutbox;
import org.childsafe.lti.grades.domain.Submission;

/**
 * One pass over the grade outbox by one dispatcher instance ({@code owner}): claim each due row under a lease,
 * send it, record the outcome. Plain Java, so the state machine is tested without a container and two of them can
 * race on one database in a test.
 *
 * <h2>Outcome of one attempt</h2>
 * <ul>
 * <li>accepted → SENT;</li>
 * <li>retryable failure and attempts left → RETRYING, due after {@link Backoff#delay} of the attempts made;</li>
 * <li>final failure, or the last allowed attempt failed → FAILED with the {@link Failure} code.</li>
 * </ul>
 * An outcome is recorded only while the row is still this owner's; if the lease ran out and another instance took
 * the row over, this owner's late result is dropped (the other instance's attempt decides).
 */
public final class OutboxDrain {

    /** How a claimed row is sent; throws on failure. */
    @FunctionalInterface
    public interface Sender {
        void send(Submission submission, String owner);
    }

    private static final Logger LOG = Logger.getLogger(OutboxDrain.class.getName());

    private final GradeOutbox outbox;
    private final Sender sender;
    private final GradesConfig config;
    private final Clock clock;
    private final String owner;
    private final DoubleSupplier jitter;

    public OutboxDrain(GradeOutbox outbox, Sender sender, GradesConfig config, Clock clock, String owner,
            DoubleSupplier jitter) {
        this.outbox = Objects.requireNonNull(outbox, "Outbox is required.");
        this.sender = Objects.requireNonNull(sender, "Sender is required.");
        this.config = Objects.requireNonNull(config, "Configuration is required.");
        this.clock = Objects.requireNonNull(clock, "Clock is required.");
        this.owner = Objects.requireNonNull(owner, "Owner is required.");
        this.jitter = Objects.requireNonNull(jitter, "Jitter source is required.");
    }

    public String owner() {
        return owner;
    }

    /** Claims and processes due rows until none is left or a batch claimed nothing; returns how many it processed. */
    public int drain() {
        int processed = 0;
        while (true) {
            List<Long> due = outbox.due(clock.instant(), config.batchSize());
            int claimed = 0;
            for (long id : due) {
                Optional<Submission> mine = claim(id);
                if (mine.isPresent()) {
                    claimed++;
                    process(mine.get());
                }
            }
            processed += claimed;
            if (claimed == 0 || due.size() < config.batchSize()) {
                return processed;
            }
        }
    }

    /** Takes the row if it is still due and unleased; the claimed row, with its attempt counted. */
    public Optional<Submission> claim(long id) {
        Instant now = clock.instant();
        if (!outbox.claim(id, owner, now, now.plus(config.lease()))) {
            return Optional.empty();
        }
        return outbox.find(id);
    }

    /** Sends one claimed row and records the outcome. */
    public void process(Submission claimed) {
        Failure failure;
        try {
            sender.send(claimed, owner);
            if (!outbox.markSent(claimed.id(), owner, clock.instant())) {
                LOG.info(() -> "Grade submission " + claimed.id() + " was sent after its lease passed to another instance.");
            }
            return;
        } catch (RuntimeException e) {
            failure = Failure.of(e);
            Failure f = failure;
            // The platform's answers (ags.http_503, ags.timeout, ...) are expected during an outage: one line each,
            // no stack trace. Only a fault of the tool itself gets a WARNING with its trace.
            boolean ours = f.code().equals(GradeErrors.TOOL_ERROR);
            LOG.log(ours ? Level.WARNING : Level.INFO, ours ? e : null,
                    () -> "Grade submission " + claimed.id() + " attempt " + claimed.attempts() + " failed: "
                            + f.code() + " " + f.detail());
        }
        record(claimed, failure);
    }

    private void record(Submission claimed, Failure failure) {
        Instant now = clock.instant();
        if (failure.retryable() && claimed.attempts() < config.maxAttempts()) {
            Instant next = now.plus(config.backoff().delay(claimed.attempts(), jitter));
            outbox.markRetry(claimed.id(), owner, now, next, failure.code(), failure.detail());
        } else {
            outbox.markFailed(claimed.id(), owner, now, failure.code(), failure.detail());
        }
    }
}
