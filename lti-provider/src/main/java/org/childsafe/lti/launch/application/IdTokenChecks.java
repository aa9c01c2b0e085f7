package org.childsafe.lti.launch.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.childsafe.lti.launch.domain.InvalidLaunchException;
import org.childsafe.lti.launch.domain.LtiClaims;
import org.childsafe.lti.launch.domain.LtiErrors;

/**
 * The OpenID Connect ID Token steps (OIDC Core §3.1.3.7, as profiled by IMS Security Framework
 * §5.1.3): issuer, audience, authorized party, expiry, issued-at and nonce. All times come from
 * {@link LaunchToken#now()}, which comes from the injected clock.
 */
final class IdTokenChecks {

    private IdTokenChecks() {
    }

    /** Security Framework §5.1.3 step 2, OIDC step 2: iss equals the registered issuer exactly. */
    static LaunchCheck issuerMatches() {
        return new LaunchCheck("iss", LtiErrors.INVALID_ISSUER, t -> {
            if (!t.registration().issuer().equals(t.claims().getIssuer())) {
                throw new InvalidLaunchException(LtiErrors.INVALID_ISSUER, "iss missing or not the registered issuer");
            }
        });
    }

    /**
     * Security Framework §5.1.3 step 3, OIDC step 3: aud (string or array) contains our client_id;
     * an entry that is blank cannot be a trusted audience.
     */
    static LaunchCheck audienceContainsClient() {
        return new LaunchCheck("aud", LtiErrors.INVALID_AUDIENCE, t -> {
            List<String> audience = t.claims().getAudience();
            if (audience.stream().anyMatch(a -> a == null || a.isBlank())) {
                throw new InvalidLaunchException(LtiErrors.UNTRUSTED_AUDIENCE, "aud has a blank entry");
            }
            if (!audience.contains(t.registration().clientId())) {
                throw new InvalidLaunchException(LtiErrors.INVALID_AUDIENCE, "aud missing or without our client_id");
            }
        });
    }

    /**
     * Security Framework §5.1.3 steps 4–5, OIDC steps 4–5. Rule: with several audiences azp is
     * required, and whenever azp is present it must be our client_id. The extra audiences are then
     * trusted because the platform named the tool as the party the token was issued to.
     */
    static LaunchCheck authorizedPartyIsClient() {
        return new LaunchCheck("azp", LtiErrors.INVALID_AZP, t -> {
            String azp = t.claims().getStringClaim(LtiClaims.AUTHORIZED_PARTY);
            if (azp == null && t.claims().getAudience().size() > 1) {
                throw new InvalidLaunchException(LtiErrors.MISSING_AZP, "several audiences but no azp");
            }
            if (azp != null && !azp.equals(t.registration().clientId())) {
                throw new InvalidLaunchException(LtiErrors.INVALID_AZP, "azp is not our client_id");
            }
        });
    }

    /** Security Framework §5.1.3 step 7, OIDC step 9: now ≤ exp + leeway. */
    static LaunchCheck notExpired(Duration leeway) {
        return new LaunchCheck("exp", LtiErrors.TOKEN_EXPIRED, t -> {
            Instant exp = instant(t.claims().getExpirationTime(), LtiErrors.MISSING_EXP, "exp");
            if (t.now().isAfter(exp.plus(leeway))) {
                throw new InvalidLaunchException(LtiErrors.TOKEN_EXPIRED, "token expired beyond the leeway");
            }
        });
    }

    /**
     * Security Framework §5.1.3 step 8, OIDC step 10: iat ≤ now + leeway (clock skew, pylti1.3
     * #146), and the token is not older than {@code maxAge}, which also bounds the nonce window.
     */
    static LaunchCheck issuedInWindow(Duration leeway, Duration maxAge) {
        return new LaunchCheck("iat", LtiErrors.TOKEN_NOT_YET_VALID, t -> {
            Instant iat = instant(t.claims().getIssueTime(), LtiErrors.MISSING_IAT, "iat");
            if (iat.isAfter(t.now().plus(leeway))) {
                throw new InvalidLaunchException(LtiErrors.TOKEN_NOT_YET_VALID, "iat in the future beyond the leeway");
            }
            if (t.now().isAfter(iat.plus(maxAge).plus(leeway))) {
                throw new InvalidLaunchException(LtiErrors.TOKEN_EXPIRED, "iat older than the maximum token age");
            }
        });
    }

    /** Security Framework §5.1.3 step 9, OIDC step 11: nonce present and equal to the state's. */
    static LaunchCheck nonceMatchesState() {
        return new LaunchCheck("nonce", LtiErrors.NONCE_MISMATCH, t -> {
            String nonce = t.claims().getStringClaim(LtiClaims.NONCE);
            if (nonce == null) {
                throw new InvalidLaunchException(LtiErrors.MISSING_NONCE, "token has no nonce");
            }
            if (!nonce.equals(t.state().nonce())) {
                throw new InvalidLaunchException(LtiErrors.NONCE_MISMATCH, "nonce differs from the state's nonce");
            }
        });
    }

    /**
     * Security Framework §5.1.3 step 9: the nonce was not used before. The record lives until
     * exp + leeway, after which {@link #notExpired(Duration)} rejects the token anyway.
     */
    static LaunchCheck nonceNotReplayed(NonceStore nonces, Duration leeway) {
        return new LaunchCheck("nonce-replay", LtiErrors.NONCE_REPLAYED, t -> {
            Instant keepUntil = t.claims().getExpirationTime().toInstant().plus(leeway);
            if (!nonces.markUsed(t.registration().id(), t.claims().getStringClaim(LtiClaims.NONCE), keepUntil)) {
                throw new InvalidLaunchException(LtiErrors.NONCE_REPLAYED, "nonce was used before");
            }
        });
    }

    private static Instant instant(Date date, String missingCode, String name) {
        if (date == null) {
            throw new InvalidLaunchException(missingCode, "token has no " + name);
        }
        return date.toInstant();
    }
}
