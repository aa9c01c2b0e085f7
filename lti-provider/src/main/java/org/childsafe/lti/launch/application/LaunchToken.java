package org.childsafe.lti.launch.application;

import java.time.Instant;
import java.util.Map;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;

import org.childsafe.lti.launch.domain.LaunchState;
import org.childsafe.lti.launch.domain.LtiClaims;
import org.childsafe.lti.launch.domain.LtiMessageType;
import org.childsafe.lti.launch.domain.RegistrationRef;

/**
 * The id_token under verification together with everything a {@link LaunchCheck} compares it
 * against. Its claims are untrusted until the signature check has passed.
 *
 * @param jwt          the parsed token (a JWS, or a plain JWT that the algorithm check rejects)
 * @param claims       its parsed claims
 * @param state        the consumed login state
 * @param registration the registration the state was issued for
 * @param now          the single "now" every time check uses
 */
record LaunchToken(JWT jwt, JWTClaimsSet claims, LaunchState state, RegistrationRef registration, Instant now) {

    /** @return every claim as parsed JSON (maps, lists, strings, numbers, booleans, nulls) */
    Map<String, Object> raw() {
        return claims.getClaims();
    }

    /** @return the message type; only call after the message-type check has passed */
    LtiMessageType messageType() {
        Object value = raw().get(LtiClaims.MESSAGE_TYPE);
        return LtiMessageType.fromClaim(value instanceof String s ? s : null)
                .orElseThrow(() -> new IllegalStateException("message type not verified"));
    }
}
