package org.childsafe.lti.deeplinking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childsafe.lti.deeplinking.DeepLinkingTestData.CLIENT_ID;
import static org.childsafe.lti.deeplinking.DeepLinkingTestData.DATA;
import static org.childsafe.lti.deeplinking.DeepLinkingTestData.DEPLOYMENT_ID;
import static org.childsafe.lti.deeplinking.DeepLinkingTestData.ISSUER;
import static org.childsafe.lti.deeplinking.DeepLinkingTestData.LESSONS;
import static org.childsafe.lti.deeplinking.DeepLinkingTestData.REPORT;
import static org.childsafe.lti.deeplinking.DeepLinkingTestData.settings;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.childsafe.lti.keys.application.InMemoryToolKeyRepository;
import org.childsafe.lti.keys.application.MutableClock;
import org.childsafe.lti.keys.application.ToolKeyService;
import org.childsafe.lti.keys.application.ToolKeyTestData;
import org.childsafe.lti.launch.domain.LtiClaims;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The LtiDeepLinkingResponse JWT: claims, data echo, accept_* rules and a signature the published JWKS verifies. */
class DeepLinkingResponseBuilderTest {

    private static final Instant NOW = Instant.parse("2026-11-29T05:00:00Z");

    private ToolKeyService keys;
    private DeepLinkingResponseBuilder builder;

    @BeforeEach
    void setUp() {
        keys = ToolKeyTestData.service(new InMemoryToolKeyRepository(), new MutableClock(NOW));
        keys.ensureKeys();
        builder = new DeepLinkingResponseBuilder(keys.signingKey(), Clock.fixed(NOW, ZoneOffset.UTC),
                URI.create("https://childsafe.school.edu.vn/"));
    }

    private SignedJWT build(DeepLinkingSettings settings, List<org.childsafe.lti.plugin.DeepLinkItem> items)
            throws Exception {
        return SignedJWT.parse(builder.build(settings, items, null));
    }

    @Test
    void claimsAreExactlyThoseOfTheSpec() throws Exception {
        JWTClaimsSet claims = build(settings(true, true), List.of(LESSONS)).getJWTClaimsSet();

        assertThat(claims.getIssuer()).isEqualTo(CLIENT_ID);
        assertThat(claims.getStringClaim(LtiClaims.AUTHORIZED_PARTY)).isEqualTo(CLIENT_ID);
        assertThat(claims.getAudience()).containsExactly(ISSUER);
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(NOW);
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(NOW.plusSeconds(300));
        assertThat(claims.getStringClaim(LtiClaims.NONCE)).hasSizeGreaterThanOrEqualTo(16);
        assertThat(claims.getStringClaim(LtiClaims.MESSAGE_TYPE)).isEqualTo("LtiDeepLinkingResponse");
        assertThat(claims.getStringClaim(LtiClaims.VERSION)).isEqualTo("1.3.0");
        assertThat(claims.getStringClaim(LtiClaims.DEPLOYMENT_ID)).isEqualTo(DEPLOYMENT_ID);
        assertThat(claims.getClaims().keySet()).containsExactlyInAnyOrder("iss", "azp", "aud", "iat", "exp", "nonce",
                LtiClaims.MESSAGE_TYPE, LtiClaims.VERSION, LtiClaims.DEPLOYMENT_ID, LtiClaims.DL_CONTENT_ITEMS,
                LtiClaims.DL_DATA);
        List<Object> items = claims.getListClaim(LtiClaims.DL_CONTENT_ITEMS);
        assertThat(items).singleElement().isEqualTo(Map.of(
                "type", "ltiResourceLink",
                "title", "Safety lessons",
                "text", "Lessons.",
                "url", "https://childsafe.school.edu.vn/launch/lessons",
                "custom", Map.of("childsafe_widget", "lessons"),
                "lineItem", Map.of("scoreMaximum", 100.0, "label", "Safety lessons", "resourceId", "lessons",
                        "tag", "childsafe-lesson")));
    }

    @Test
    void echoesDataByteForByte() throws Exception {
        SignedJWT jwt = build(settings(true, true), List.of());

        String echoed = jwt.getJWTClaimsSet().getStringClaim(LtiClaims.DL_DATA);
        assertThat(echoed.getBytes(StandardCharsets.UTF_8)).isEqualTo(DATA.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void leavesOutDataWhenThePlatformSentNone() throws Exception {
        DeepLinkingSettings without = new DeepLinkingSettings(DeepLinkingTestData.RETURN_URL,
                List.of("ltiResourceLink"), true, List.of(), true, null, 7L, ISSUER, CLIENT_ID, DEPLOYMENT_ID);

        assertThat(build(without, List.of()).getJWTClaimsSet().getClaims()).doesNotContainKey(LtiClaims.DL_DATA);
    }

    @Test
    void cancelSendsAnEmptyContentItemsArray() throws Exception {
        assertThat(build(settings(true, true), List.of()).getJWTClaimsSet().getListClaim(LtiClaims.DL_CONTENT_ITEMS))
                .isEmpty();
    }

    @Test
    void refusesMoreThanOneItemWithoutAcceptMultiple() {
        assertThrows(IllegalArgumentException.class,
                () -> builder.build(settings(false, true), List.of(LESSONS, REPORT), null));
    }

    @Test
    void acceptsOneItemWithoutAcceptMultiple() throws Exception {
        assertThat(build(settings(false, true), List.of(REPORT)).getJWTClaimsSet()
                .getListClaim(LtiClaims.DL_CONTENT_ITEMS)).hasSize(1);
    }

    @Test
    void refusesItemsWhenThePlatformDoesNotAcceptResourceLinks() {
        DeepLinkingSettings linksOnly = new DeepLinkingSettings(DeepLinkingTestData.RETURN_URL, List.of("link"),
                true, List.of(), true, DATA, 7L, ISSUER, CLIENT_ID, DEPLOYMENT_ID);

        assertThrows(IllegalArgumentException.class, () -> builder.build(linksOnly, List.of(REPORT), null));
    }

    @Test
    @SuppressWarnings("unchecked")
    void sendsLineItemOnlyWhenThePlatformAcceptsIt() throws Exception {
        List<Object> items = build(settings(true, false), List.of(LESSONS)).getJWTClaimsSet()
                .getListClaim(LtiClaims.DL_CONTENT_ITEMS);

        assertThat((Map<String, Object>) items.get(0)).doesNotContainKey(LtiClaims.ITEM_LINE_ITEM);
    }

    @Test
    @SuppressWarnings("unchecked")
    void ungradedItemsHaveNoLineItem() throws Exception {
        List<Object> items = build(settings(true, true), List.of(REPORT)).getJWTClaimsSet()
                .getListClaim(LtiClaims.DL_CONTENT_ITEMS);

        assertThat((Map<String, Object>) items.get(0)).doesNotContainKey(LtiClaims.ITEM_LINE_ITEM);
    }

    @Test
    void signatureVerifiesWithThePublishedJwksAndNamesTheKid() throws Exception {
        SignedJWT jwt = build(settings(true, true), List.of(LESSONS));
        JWKSet published = keys.publicJwks();

        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        String kid = jwt.getHeader().getKeyID();
        assertThat(kid).isEqualTo(keys.signingKey().getKeyID());
        RSAKey publicKey = (RSAKey) published.getKeyByKeyId(kid);
        assertThat(publicKey.isPrivate()).isFalse();
        assertThat(jwt.verify(new RSASSAVerifier(publicKey))).isTrue();
    }

    @Test
    void nonceIsFreshForEveryResponse() throws Exception {
        String first = build(settings(true, true), List.of()).getJWTClaimsSet().getStringClaim(LtiClaims.NONCE);
        String second = build(settings(true, true), List.of()).getJWTClaimsSet().getStringClaim(LtiClaims.NONCE);

        assertThat(first).isNotEqualTo(second);
    }
}
