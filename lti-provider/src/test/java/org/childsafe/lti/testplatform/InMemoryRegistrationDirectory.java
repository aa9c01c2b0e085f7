package org.childsafe.lti.testplatform;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.childsafe.lti.launch.application.RegistrationDirectory;
import org.childsafe.lti.launch.domain.RegistrationRef;

/**
 * Test double of {@link RegistrationDirectory}: registrations and their deployment ids in memory,
 * compared exactly as the JPA adapter must.
 */
public final class InMemoryRegistrationDirectory implements RegistrationDirectory {

    private final List<RegistrationRef> registrations = new CopyOnWriteArrayList<>();
    private final Map<Long, Set<String>> deployments = new ConcurrentHashMap<>();

    /**
     * @param registration  a registration to know
     * @param deploymentIds its known deployment ids
     * @return this directory, for chaining
     */
    public InMemoryRegistrationDirectory add(RegistrationRef registration, String... deploymentIds) {
        registrations.add(registration);
        deployments.put(registration.id(), Set.of(deploymentIds));
        return this;
    }

    @Override
    public Optional<RegistrationRef> find(String issuer, String clientId) {
        return registrations.stream()
                .filter(r -> r.issuer().equals(issuer) && r.clientId().equals(clientId))
                .findFirst();
    }

    @Override
    public List<RegistrationRef> findByIssuer(String issuer) {
        return registrations.stream().filter(r -> r.issuer().equals(issuer)).toList();
    }

    @Override
    public Optional<RegistrationRef> findById(long id) {
        return registrations.stream().filter(r -> r.id() == id).findFirst();
    }

    @Override
    public boolean isDeploymentKnown(long registrationId, String deploymentId) {
        return deployments.getOrDefault(registrationId, Set.of()).contains(deploymentId);
    }
}
