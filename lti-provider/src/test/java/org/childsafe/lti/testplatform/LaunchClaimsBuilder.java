package org.childsafe.lti.testplatform;

import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;

import org.childsafe.lti.launch.domain.LtiClaims;

/**
 * Builds id_token claims that start out VALID for a {@link TestPlatform}, so a negative test
 * changes exactly one thing (the spring-security-lti13 {@code createClaims()} pattern).
 *
 * <p>Obtain one with {@link TestPlatform#claims()} or {@link TestPlatform#deepLinkingClaims()};
 * the nonce must still be set to the nonce of the login state under test with {@link #nonce}.
 * Times are stored as epoch seconds, object claims as mutable maps so
 * {@link #setMember(String, String, Object)} can change a single member.
 */
public final class LaunchClaimsBuilder {

    /** LIS context role: learner. */
    public static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    /** LIS context role: instructor. */
    public static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    /** LIS institution role: administrator. */
    public static final String ADMINISTRATOR = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator";

    private final Map<String, Object> claims = new LinkedHashMap<>();

    LaunchClaimsBuilder() {
    }

    /** Sets (or replaces) a top-level claim; {@code value} may be any JSON-compatible value or null. */
    public LaunchClaimsBuilder set(String name, Object value) {
        claims.put(name, value);
        return this;
    }

    /** Removes a top-level claim. */
    public LaunchClaimsBuilder remove(String name) {
        claims.remove(name);
        return this;
    }

    /** Sets one member of an object claim, creating the object if needed. */
    @SuppressWarnings("unchecked")
    public LaunchClaimsBuilder setMember(String claim, String member, Object value) {
        Object current = claims.get(claim);
        Map<String, Object> object = current instanceof Map<?, ?> m
                ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
        object.put(member, value);
        claims.put(claim, object);
        return this;
    }

    /** Removes one member of an object claim, if the claim is an object. */
    @SuppressWarnings("unchecked")
    public LaunchClaimsBuilder removeMember(String claim, String member) {
        if (claims.get(claim) instanceof Map<?, ?> m) {
            Map<String, Object> object = new LinkedHashMap<>((Map<String, Object>) m);
            object.remove(member);
            claims.put(claim, object);
        }
        return this;
    }

    /** Replaces the roles claim with exactly these role URIs (none gives an empty array). */
    public LaunchClaimsBuilder roles(String... roleUris) {
        return set(LtiClaims.ROLES, new ArrayList<>(List.of(roleUris)));
    }

    /** Sets the nonce, normally to the nonce of the login state. */
    public LaunchClaimsBuilder nonce(String nonce) {
        return set(LtiClaims.NONCE, nonce);
    }

    /** One audience is sent as a string, several as an array (both are valid JSON for aud). */
    public LaunchClaimsBuilder audience(String... audiences) {
        return set(LtiClaims.AUDIENCE, audiences.length == 1 ? audiences[0] : new ArrayList<>(List.of(audiences)));
    }

    /** Sets iat. */
    public LaunchClaimsBuilder issuedAt(Instant instant) {
        return set(LtiClaims.ISSUED_AT, instant.getEpochSecond());
    }

    /** Sets exp. */
    public LaunchClaimsBuilder expiresAt(Instant instant) {
        return set(LtiClaims.EXPIRATION, instant.getEpochSecond());
    }

    /** Sets the message_type claim value. */
    public LaunchClaimsBuilder messageType(String value) {
        return set(LtiClaims.MESSAGE_TYPE, value);
    }

    /** Adds the OIDC identity claims a platform sends when its privacy settings allow it. */
    public LaunchClaimsBuilder identity(String name, String givenName, String familyName, String email) {
        return set(LtiClaims.NAME, name).set(LtiClaims.GIVEN_NAME, givenName)
                .set(LtiClaims.FAMILY_NAME, familyName).set(LtiClaims.EMAIL, email);
    }

    /** Makes the launch anonymous: removes sub and every identity claim (LTI Core §5.3.6). */
    public LaunchClaimsBuilder anonymous() {
        return remove(LtiClaims.SUBJECT).remove(LtiClaims.NAME).remove(LtiClaims.GIVEN_NAME)
                .remove(LtiClaims.FAMILY_NAME).remove(LtiClaims.EMAIL);
    }

    /** @return a copy of the claims as a JSON-compatible map */
    public Map<String, Object> asMap() {
        return new LinkedHashMap<>(claims);
    }

    /** @return the claims set to sign */
    public JWTClaimsSet build() {
        try {
            return JWTClaimsSet.parse(claims);
        } catch (ParseException e) {
            throw new IllegalStateException("The test claims are not a valid JWT claims set", e);
        }
    }
}
