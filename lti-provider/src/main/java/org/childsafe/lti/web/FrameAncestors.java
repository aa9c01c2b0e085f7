package org.childsafe.lti.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import org.childsafe.lti.registration.application.RegistrationsChanged;
import org.childsafe.lti.registration.domain.Registration;
import org.childsafe.lti.registration.domain.RegistrationRepository;

/**
 * The origins allowed to frame the tool: the registered platforms' origins (derived from their authorization
 * endpoints). Cached briefly so every response does not hit the database; {@link #refresh()} is called when
 * registrations change, and the short expiry keeps cluster nodes in step.
 */
@ApplicationScoped
public class FrameAncestors {

    static final Duration MAX_AGE = Duration.ofSeconds(30);

    @Inject
    RegistrationRepository registrations;

    @Inject
    Clock clock;

    private volatile Snapshot snapshot = new Snapshot(List.of(), Instant.EPOCH);

    /** Space-separated origins for CSP, without {@code 'self'}; possibly empty. */
    public String origins() {
        Snapshot current = snapshot;
        if (current.loadedAt().plus(MAX_AGE).isBefore(clock.instant())) {
            current = refresh();
        }
        return String.join(" ", current.origins());
    }

    /** Reloads at once when an administrator changed a registration (after the change committed). */
    void onRegistrationsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegistrationsChanged changed) {
        snapshot = new Snapshot(List.of(), Instant.EPOCH);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Snapshot refresh() {
        TreeSet<String> origins = new TreeSet<>();
        for (Registration registration : registrations.findAll()) {
            origins.add(registration.platformOrigin());
        }
        Snapshot fresh = new Snapshot(List.copyOf(origins), clock.instant());
        snapshot = fresh;
        return fresh;
    }

    /** The origins as loaded at one moment. */
    public record Snapshot(List<String> origins, Instant loadedAt) {
    }
}
