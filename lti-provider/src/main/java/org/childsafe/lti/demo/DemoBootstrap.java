package org.childsafe.lti.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.childsafe.lti.persistence.DatabaseMigrator.SchemaReady;
import org.childsafe.lti.registration.domain.PlatformEndpoints;
import org.childsafe.lti.registration.domain.Registration;
import org.childsafe.lti.registration.domain.RegistrationOrigin;
import org.childsafe.lti.registration.domain.RegistrationRepository;
import org.childsafe.lti.session.domain.CounselorDesignation;
import org.childsafe.lti.session.domain.LtiUser;
import org.childsafe.lti.session.domain.People;

/**
 * Registers the demo platform with the tool at start-up (demo mode only): one registration, the demo school's
 * deployment, and the demo counselor's designation, so every role can be tried at once. Idempotent.
 */
@ApplicationScoped
public class DemoBootstrap {

    private static final Logger LOG = Logger.getLogger(DemoBootstrap.class.getName());

    @Inject
    DemoPlatform demo;

    @Inject
    RegistrationRepository registrations;

    @Inject
    People people;

    @Inject
    Clock clock;

    void onSchemaReady(@Observes SchemaReady ready, DemoBootstrap self) {
        if (demo.isEnabled()) {
            self.ensureRegistered();
            LOG.warning(() -> "DEMO MODE: the built-in demo platform is on. Open " + demo.issuer() + "/index.xhtml to try ChildSafe. "
                    + "Never use demo mode for real pupils.");
        }
    }

    /** Creates or refreshes the demo registration, deployment and counselor. */
    @Transactional
    public void ensureRegistered() {
        Instant now = clock.instant();
        PlatformEndpoints endpoints = new PlatformEndpoints(demo.authUrl(), demo.jwksUrl(),
                java.util.Optional.of(demo.tokenUrl()), java.util.Optional.empty());
        Registration registration = registrations.findByIssuerAndClientId(demo.issuer(), DemoPlatform.CLIENT_ID)
                .orElseGet(() -> registrations.save(new Registration(demo.issuer(), DemoPlatform.CLIENT_ID, endpoints,
                        "ChildSafe demo LMS", RegistrationOrigin.DEMO, now)));
        registration.update(endpoints, registration.displayName(), now);
        registration.addDeployment(DemoPlatform.DEPLOYMENT_ID, "Trường THCS Demo", now);
        registrations.save(registration);
        registrations.flush();
        long deploymentPk = registration.findDeployment(DemoPlatform.DEPLOYMENT_ID).orElseThrow().id();
        LtiUser counselor = people.findUser(registration.id(), DemoUser.COUNSELOR.subject())
                .orElseGet(() -> people.saveUser(new LtiUser(registration.id(), DemoUser.COUNSELOR.subject(), now)));
        counselor.launched(now, DemoUser.COUNSELOR.displayName());
        if (!people.isCounselor(deploymentPk, counselor.id())) {
            people.designate(new CounselorDesignation(deploymentPk, counselor.id(), "demo-bootstrap", now));
        }
    }
}
