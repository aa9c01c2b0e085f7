package org.childsafe.lti.launch.application;

import java.util.List;
import java.util.Optional;

import org.childsafe.lti.launch.domain.RegistrationRef;

/**
 * Port to the platform registrations the tool knows (LTI-CHECKLIST §2.1).
 *
 * <p>It exists so that login and launch validation can resolve registrations and deployments
 * without knowing how they are stored. Implementations must compare issuer, client id and
 * deployment id exactly (case-sensitive, no trimming).
 */
public interface RegistrationDirectory {

    /**
     * @param issuer   the platform issuer
     * @param clientId the tool's client_id at that platform
     * @return the registration for exactly (issuer, clientId)
     */
    Optional<RegistrationRef> find(String issuer, String clientId);

    /**
     * @param issuer the platform issuer
     * @return every registration of the issuer, empty when the issuer is unknown
     */
    List<RegistrationRef> findByIssuer(String issuer);

    /**
     * @param id the registration id
     * @return the registration, empty when it was deleted
     */
    Optional<RegistrationRef> findById(long id);

    /**
     * @param registrationId the registration id
     * @param deploymentId   a deployment id sent by the platform
     * @return true when the deployment is known (or approved) for the registration
     */
    boolean isDeploymentKnown(long registrationId, String deploymentId);
}
