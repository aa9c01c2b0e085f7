package org.childsafe.lti.deeplinking;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.childsafe.lti.launch.domain.LtiClaims;
import org.childsafe.lti.plugin.DeepLinkItem;

/**
 * Builds and signs the {@code LtiDeepLinkingResponse} JWT (Deep Linking 2.0 §4.5,
 * https://www.imsglobal.org/spec/lti-dl/v2p0#deep-linking-response-message; LTI checklist §2.5).
 *
 * <h2>Invariants</h2>
 * <ul>
 * <li>Signed RS256 with the given key, with its {@code kid} in the header (checklist §2.4).</li>
 * <li>{@code iss} and {@code azp} are the tool's client_id, {@code aud} the platform issuer, {@code exp} is
 * {@value #LIFETIME_MINUTES} minutes after {@code iat}, and the nonce is fresh.</li>
 * <li>{@code data} is echoed exactly as received, and only when it was sent.</li>
 * <li>Only {@code ltiResourceLink} items, only if the platform accepts them; at most one unless
 * {@code accept_multiple}; a {@code lineItem} only if {@code accept_lineitem}.</li>
 * </ul>
 */
public final class DeepLinkingResponseBuilder {

    /** Lifetime of a response, in minutes. */
    public static final int LIFETIME_MINUTES = 5;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final RSAKey signingKey;
    private final Clock clock;
    private final URI toolBaseUrl;

    /**
     * @param signingKey  the tool's CURRENT private key (with kid)
     * @param clock       the clock for iat/exp
     * @param toolBaseUrl the tool origin; items launch {@code {base}/launch/{widget}}
     */
    public DeepLinkingResponseBuilder(RSAKey signingKey, Clock clock, URI toolBaseUrl) {
        this.signingKey = Objects.requireNonNull(signingKey, "Signing key is required.");
        this.clock = Objects.requireNonNull(clock, "Clock is required.");
        this.toolBaseUrl = Objects.requireNonNull(toolBaseUrl, "Tool base URL is required.");
    }

    /**
     * @param settings the request being answered
     * @param chosen   the items the teacher picked; empty for a cancel
     * @param msg      a message the platform may show, may be null
     * @return the compact, signed JWT
     * @throws IllegalArgumentException if the choice breaks accept_types or accept_multiple
     */
    public String build(DeepLinkingSettings settings, List<DeepLinkItem> chosen, String msg) {
        if (!chosen.isEmpty() && !settings.acceptsResourceLinks()) {
            throw new IllegalArgumentException("The platform does not accept ltiResourceLink items.");
        }
        if (chosen.size() > 1 && !settings.acceptMultiple()) {
            throw new IllegalArgumentException("The platform accepts at most one item.");
        }
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(settings.clientId())
                .claim(LtiClaims.AUTHORIZED_PARTY, settings.clientId())
                .audience(settings.issuer())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(LIFETIME_MINUTES))))
                .claim(LtiClaims.NONCE, nonce())
                .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_RESPONSE)
                .claim(LtiClaims.VERSION, LtiClaims.LTI_VERSION)
                .claim(LtiClaims.DEPLOYMENT_ID, settings.deploymentId())
                .claim(LtiClaims.DL_CONTENT_ITEMS, chosen.stream().map(i -> item(i, settings)).toList());
        if (settings.data() != null) {
            claims.claim(LtiClaims.DL_DATA, settings.data());
        }
        if (msg != null && !msg.isBlank()) {
            claims.claim(LtiClaims.DL_MSG, msg);
        }
        return sign(claims.build());
    }

    private Map<String, Object> item(DeepLinkItem item, DeepLinkingSettings settings) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(LtiClaims.ITEM_TYPE, DeepLinkingSettings.LTI_RESOURCE_LINK);
        json.put(LtiClaims.ITEM_TITLE, item.title());
        if (item.text() != null) {
            json.put(LtiClaims.ITEM_TEXT, item.text());
        }
        json.put(LtiClaims.ITEM_URL, toolBaseUrl.toString().replaceAll("/+$", "") + "/launch/" + item.widget());
        json.put(LtiClaims.ITEM_CUSTOM, new LinkedHashMap<>(item.custom()));
        if (settings.acceptLineItem()) {
            item.graded().ifPresent(spec -> json.put(LtiClaims.ITEM_LINE_ITEM, lineItem(spec)));
        }
        return json;
    }

    private static Map<String, Object> lineItem(DeepLinkItem.LineItemSpec spec) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(LtiClaims.LINE_ITEM_SCORE_MAXIMUM, spec.scoreMaximum());
        if (spec.label() != null) {
            json.put(LtiClaims.LINE_ITEM_LABEL, spec.label());
        }
        if (spec.resourceId() != null) {
            json.put(LtiClaims.LINE_ITEM_RESOURCE_ID, spec.resourceId());
        }
        if (spec.tag() != null) {
            json.put(LtiClaims.LINE_ITEM_TAG, spec.tag());
        }
        return json;
    }

    private String sign(JWTClaimsSet claims) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(signingKey.getKeyID()).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(signingKey));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign the deep-linking response with key "
                    + signingKey.getKeyID(), e);
        }
        return jwt.serialize();
    }

    private static String nonce() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
