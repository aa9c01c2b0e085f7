package org.childsafe.lti.registration.application;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.persistence.PersistenceException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import org.childsafe.lti.audit.AuditEvent;
import org.childsafe.lti.audit.AuditLog;
import org.childsafe.lti.registration.domain.Deployment;
import org.childsafe.lti.registration.domain.Registration;
import org.childsafe.lti.registration.domain.RegistrationRepository;
import org.childsafe.lti.session.domain.CounselorDesignation;
import org.childsafe.lti.session.domain.LtiContext;
import org.childsafe.lti.session.domain.LtiUser;
import org.childsafe.lti.session.domain.People;

/**
 * {@link RegistrationService} wired to in-memory doubles of its collaborators, so use cases run without a
 * container and every side effect (stored rows, audit events, change events) can be inspected.
 */
class RegistrationServiceTestDouble extends RegistrationService {

    static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    final InMemoryRegistrations registrations;
    final InMemoryPeople people;
    final RecordingAuditLog audit;
    final RecordingEvent changes;

    RegistrationServiceTestDouble() {
        this(new InMemoryRegistrations(), new InMemoryPeople(), new RecordingAuditLog(), new RecordingEvent());
    }

    private RegistrationServiceTestDouble(InMemoryRegistrations registrations, InMemoryPeople people, RecordingAuditLog audit,
            RecordingEvent changes) {
        super(registrations, people, audit, changes, Clock.fixed(NOW, ZoneOffset.UTC));
        this.registrations = registrations;
        this.people = people;
        this.audit = audit;
        this.changes = changes;
    }

    /** Sets the generated {@code id} of an entity, as the database would. */
    static void assignId(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static final class InMemoryRegistrations implements RegistrationRepository {

        private final Map<Long, Registration> rows = new LinkedHashMap<>();
        private final AtomicLong ids = new AtomicLong();
        private final AtomicLong deploymentIds = new AtomicLong(100);
        boolean failNextInsertWithUniqueViolation;

        @Override
        public Optional<Registration> findById(long id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public Optional<Registration> findByIssuerAndClientId(String issuer, String clientId) {
            return rows.values().stream().filter(r -> r.issuer().equals(issuer) && r.clientId().equals(clientId)).findFirst();
        }

        @Override
        public List<Registration> findByIssuer(String issuer) {
            return rows.values().stream().filter(r -> r.issuer().equals(issuer)).toList();
        }

        @Override
        public List<Registration> findAll() {
            return List.copyOf(rows.values());
        }

        @Override
        public Registration save(Registration registration) {
            if (registration.id() == null && failNextInsertWithUniqueViolation) {
                failNextInsertWithUniqueViolation = false;
                throw new PersistenceException("could not execute statement",
                        new SQLException("Unique index or primary key violation", "23505"));
            }
            if (registration.id() == null) {
                assignId(registration, ids.incrementAndGet());
            }
            for (Deployment deployment : registration.deployments()) {
                if (deployment.id() == null) {
                    assignId(deployment, deploymentIds.incrementAndGet());
                }
            }
            rows.put(registration.id(), registration);
            return registration;
        }

        @Override
        public Optional<Deployment> findDeployment(long deploymentPk) {
            return deployments().filter(d -> d.id() == deploymentPk).findFirst();
        }

        @Override
        public Optional<Deployment> findDeploymentByPublicId(String publicId) {
            return deployments().filter(d -> d.publicId().equals(publicId)).findFirst();
        }

        private java.util.stream.Stream<Deployment> deployments() {
            return rows.values().stream().flatMap(r -> r.deployments().stream());
        }

        @Override
        public void delete(Registration registration) {
            rows.remove(registration.id());
        }

        @Override
        public void flush() {
            // In memory every change is visible at once.
        }
    }

    static final class InMemoryPeople implements People {

        private final Map<Long, LtiUser> users = new LinkedHashMap<>();
        private final List<CounselorDesignation> designations = new ArrayList<>();
        private final AtomicLong ids = new AtomicLong(500);

        /** A user who launched as staff (with a display name) or as a learner ({@code null} name). */
        LtiUser user(long registrationId, String subject, String staffName) {
            LtiUser user = new LtiUser(registrationId, subject, NOW);
            user.launched(NOW, staffName);
            return saveUser(user);
        }

        @Override
        public Optional<LtiUser> findUser(long registrationId, String subject) {
            return users.values().stream().filter(u -> u.registrationId() == registrationId && u.subject().equals(subject)).findFirst();
        }

        @Override
        public Optional<LtiUser> findUser(long userId) {
            return Optional.ofNullable(users.get(userId));
        }

        @Override
        public LtiUser saveUser(LtiUser user) {
            if (user.id() == null) {
                assignId(user, ids.incrementAndGet());
            }
            users.put(user.id(), user);
            return user;
        }

        @Override
        public Optional<LtiContext> findContext(long deploymentPk, String contextId) {
            return Optional.empty();
        }

        @Override
        public Optional<LtiContext> findContext(long contextPk) {
            return Optional.empty();
        }

        @Override
        public LtiContext saveContext(LtiContext context) {
            return context;
        }

        @Override
        public boolean isCounselor(long deploymentPk, long userId) {
            return designations.stream().anyMatch(d -> d.deploymentPk() == deploymentPk && d.userId() == userId);
        }

        @Override
        public List<CounselorDesignation> counselors(long deploymentPk) {
            return designations.stream().filter(d -> d.deploymentPk() == deploymentPk).toList();
        }

        @Override
        public void designate(CounselorDesignation designation) {
            designations.add(designation);
        }

        @Override
        public boolean revoke(long deploymentPk, long userId) {
            return designations.removeIf(d -> d.deploymentPk() == deploymentPk && d.userId() == userId);
        }

        @Override
        public List<LtiUser> staff(long registrationId) {
            return users.values().stream().filter(u -> u.registrationId() == registrationId && u.displayName() != null).toList();
        }
    }

    static final class RecordingAuditLog extends AuditLog {

        final List<AuditEvent> events = new ArrayList<>();
        String lastQueriedTarget;

        @Override
        public void record(String actor, String action, String target, String detail) {
            events.add(new AuditEvent(NOW, actor, action, target, detail));
        }

        @Override
        public List<AuditEvent> latest() {
            lastQueriedTarget = null;
            return List.copyOf(events);
        }

        @Override
        public List<AuditEvent> latestUnder(String target) {
            lastQueriedTarget = target;
            return events.stream().filter(e -> e.target().equals(target) || e.target().startsWith(target + "/")).toList();
        }
    }

    static final class RecordingEvent implements Event<RegistrationsChanged> {

        final List<RegistrationsChanged> fired = new ArrayList<>();

        @Override
        public void fire(RegistrationsChanged event) {
            fired.add(event);
        }

        @Override
        public <U extends RegistrationsChanged> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException("The service fires synchronously.");
        }

        @Override
        public <U extends RegistrationsChanged> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException("The service fires synchronously.");
        }

        @Override
        public Event<RegistrationsChanged> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends RegistrationsChanged> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends RegistrationsChanged> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
