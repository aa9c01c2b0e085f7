package org.childsafe.lti.registration.domain;

import java.util.List;
import java.util.Optional;

/** Stored platform registrations. Lookups by issuer and client id are exact (case-sensitive) as LTI requires. */
public interface RegistrationRepository {

    Optional<Registration> findById(long id);

    Optional<Registration> findByIssuerAndClientId(String issuer, String clientId);

    List<Registration> findByIssuer(String issuer);

    List<Registration> findAll();

    Registration save(Registration registration);

    Optional<Deployment> findDeployment(long deploymentPk);

    Optional<Deployment> findDeploymentByPublicId(String publicId);

    void delete(Registration registration);

    /** Writes pending changes now, so generated ids (e.g. of new deployments) are known. */
    void flush();
}
