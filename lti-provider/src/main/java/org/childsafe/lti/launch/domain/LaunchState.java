package org.childsafe.lti.launch.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What the tool remembers between the login initiation and the authentication response.
 *
 * <p>It exists because the OIDC implicit flow is split over two browser requests; the state
 * value is the lookup key and an unguessable secret (OIDC Core §3.1.2.1, IMS Security Framework
 * §5.1.1.2). Invariant: state and nonce are present; the state is consumed at most once.
 *
 * @param state          the random state value sent to the platform
 * @param nonce          the random nonce the id_token must carry
 * @param registrationId the registration the login initiation resolved
 * @param targetLinkUri  the target_link_uri of the login initiation (already on the tool origin)
 * @param browserBinding SHA-256 hex of the binding cookie value, or null when no cookie could be set
 * @param expiresAt      when the state stops being accepted
 * @param storageTarget  the {@code lti_storage_target} of the login initiation (the platform frame holding LTI
 *                       client-side storage), or null when the platform offered none
 * @param relaunchQuery  the login-initiation query (without {@code lti_storage_target}) that starts the same
 *                       launch again in a new window, or null when it was too long to keep
 */
public record LaunchState(String state, String nonce, long registrationId, String targetLinkUri,
                          String browserBinding, Instant expiresAt, String storageTarget, String relaunchQuery) {

    /** A state of a platform without client-side storage and without a relaunch query. */
    public LaunchState(String state, String nonce, long registrationId, String targetLinkUri, String browserBinding,
                       Instant expiresAt) {
        this(state, nonce, registrationId, targetLinkUri, browserBinding, expiresAt, null, null);
    }

    public LaunchState {
        Objects.requireNonNull(state, "State is required.");
        Objects.requireNonNull(nonce, "Nonce is required.");
        Objects.requireNonNull(targetLinkUri, "Target link URI is required.");
        Objects.requireNonNull(expiresAt, "Expiry is required.");
    }

    /** @return true when a binding cookie must accompany the authentication response */
    public boolean isBrowserBound() {
        return browserBinding != null;
    }

    /** @return true when the platform offered LTI client-side storage at login initiation */
    public boolean hasPlatformStorage() {
        return storageTarget != null;
    }
}
