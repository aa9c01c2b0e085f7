package org.childsafe.lti.launch.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.childsafe.lti.launch.application.RegistrationDirectory;
import org.childsafe.lti.launch.domain.RegistrationRef;
import org.childsafe.lti.registration.domain.Registration;
import org.childsafe.lti.registration.domain.RegistrationRepository;

/**
 * The launch code's read-only view of registrations ({@link RegistrationDirectory}) over the JPA repository. Runs
 * in a transaction so a registration's deployments can be read while it is still managed.
 */
@ApplicationScoped
@Transactional
public class JpaRegistrationDirectory implements RegistrationDirectory {

    @Inject
    RegistrationRepository registrations;

    @Override
    public Optional<RegistrationRef> find(String issuer, String clientId) {
        return registrations.findByIssuerAndClientId(issuer, clientId).map(JpaRegistrationDirectory::ref);
    }

    @Override
    public List<RegistrationRef> findByIssuer(String issuer) {
        return registrations.findByIssuer(issuer).stream().map(JpaRegistrationDirectory::ref).toList();
    }

    @Override
    public Optional<RegistrationRef> findById(long id) {
        return registrations.findById(id).map(JpaRegistrationDirectory::ref);
    }

    @Override
    public boolean isDeploymentKnown(long registrationId, String deploymentId) {
        return registrations.findById(registrationId).flatMap(r -> r.findDeployment(deploymentId)).isPresent();
    }

    private static RegistrationRef ref(Registration r) {
        return new RegistrationRef(r.id(), r.issuer(), r.clientId(), r.endpoints().authUrl(), r.endpoints().jwksUrl());
    }
}
