package org.childsafe.report.cases.infrastructure;

import java.time.Instant;
import java.util.UUID;
import org.childsafe.lti.persistence.PersistenceFixture;
import org.childsafe.lti.persistence.TestPersistence;
import org.childsafe.lti.registration.domain.Deployment;
import org.childsafe.lti.registration.domain.PlatformEndpoints;
import org.childsafe.lti.registration.domain.Registration;
import org.childsafe.lti.registration.domain.RegistrationOrigin;
import org.childsafe.lti.session.domain.LtiUser;
import org.childsafe.report.cases.domain.ReportAttachment;
import org.childsafe.report.cases.domain.ReportCase;
import org.childsafe.report.cases.domain.ReportMessage;
import org.childsafe.report.cases.domain.ReportSchoolSettings;

/** The LTI core plus the report schema and entities, and seeding of schools and users for report tests. */
public final class ReportPersistence {

    private static final Instant CREATED = Instant.parse("2026-01-05T08:00:00Z");

    private ReportPersistence() {
    }

    /** A {@link TestPersistence} with the LTI core and the report migrations and entities. */
    public static TestPersistence extension() {
        return TestPersistence.builder()
                .migrations(TestPersistence.LTI_CORE, ReportMigrations.SET)
                .entities(ReportCase.class, ReportMessage.class, ReportAttachment.class, ReportSchoolSettings.class)
                .build();
    }

    /** A new school (registration + deployment) with a random issuer; returns its deployment pk. */
    public static long newSchool(PersistenceFixture db) {
        return db.fromTransaction(em -> {
            Registration registration = new Registration("https://" + UUID.randomUUID() + ".example.edu", "client",
                    PlatformEndpoints.of("https://lms.example.edu/auth", "https://lms.example.edu/jwks", "", ""),
                    "Example District", RegistrationOrigin.MANUAL, CREATED);
            Deployment deployment = registration.addDeployment("dep-1", "THCS Example", CREATED);
            em.persist(registration);
            em.flush();
            return deployment.id();
        });
    }

    /** A new LMS user of the school's registration; returns its id. */
    public static long newUser(PersistenceFixture db, long deploymentPk) {
        return db.fromTransaction(em -> {
            Deployment deployment = em.find(Deployment.class, deploymentPk);
            LtiUser user = new LtiUser(deployment.registration().id(), "sub-" + UUID.randomUUID(), CREATED);
            em.persist(user);
            em.flush();
            return user.id();
        });
    }
}
