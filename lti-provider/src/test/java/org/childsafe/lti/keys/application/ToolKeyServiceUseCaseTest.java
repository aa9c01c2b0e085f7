package org.childsafe.lti.keys.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.childsafe.lti.keys.domain.KeyStatus.CURRENT;
import static org.childsafe.lti.keys.domain.KeyStatus.NEXT;
import static org.childsafe.lti.keys.domain.KeyStatus.PREVIOUS;
import static org.childsafe.lti.keys.domain.KeyStatus.RETIRED;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.childsafe.lti.keys.domain.ToolKey;
import org.junit.jupiter.api.Test;

class ToolKeyServiceUseCaseTest {

    private static final String[] PRIVATE_PARAMETERS = {"\"d\"", "\"p\"", "\"q\"", "\"dp\"", "\"dq\"", "\"qi\"", "\"oth\""};

    private final InMemoryToolKeyRepository repository = new InMemoryToolKeyRepository();
    private final MutableClock clock = new MutableClock(ToolKeyTestData.START);
    private final ToolKeyService service = ToolKeyTestData.service(repository, clock);

    @Test
    void ensureKeysCreatesOneCurrentAndOneNextKeyOnAnEmptyTable() {
        service.ensureKeys();

        assertThat(ToolKeyTestData.statuses(repository.findAll()))
                .containsExactly(entry("childsafe-1", CURRENT), entry("childsafe-2", NEXT));
        assertThat(repository.findByStatus(CURRENT).get(0).activatedAt()).contains(ToolKeyTestData.START);
        assertThat(repository.findByStatus(NEXT).get(0).activatedAt()).isEmpty();
    }

    @Test
    void ensureKeysIsIdempotent() {
        service.ensureKeys();
        service.ensureKeys();

        assertThat(repository.findAll()).hasSize(2);
        assertThat(repository.findByStatus(CURRENT)).hasSize(1);
        assertThat(repository.findByStatus(NEXT)).hasSize(1);
    }

    @Test
    void ensureKeysPromotesThePublishedNextKeyWhenCurrentIsMissing() {
        repository.save(ToolKeyTestData.newKey("childsafe-7", NEXT, ToolKeyTestData.START));

        service.ensureKeys();

        assertThat(ToolKeyTestData.statuses(repository.findAll()))
                .containsExactly(entry("childsafe-7", CURRENT), entry("childsafe-8", NEXT));
    }

    @Test
    void rotatingThreeTimesKeepsThreePublishedKeysAndRetiresTheOldest() {
        service.ensureKeys();
        RotationResult last = null;
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofDays(30));
            last = service.rotate();
        }

        assertThat(ToolKeyTestData.statuses(repository.findAll())).containsExactly(
                entry("childsafe-1", RETIRED), entry("childsafe-2", RETIRED), entry("childsafe-3", PREVIOUS),
                entry("childsafe-4", CURRENT), entry("childsafe-5", NEXT));
        assertThat(last).isEqualTo(new RotationResult("childsafe-4", "childsafe-5", "childsafe-3",
                Optional.of("childsafe-2")));
        assertThat(repository.findAllPublished()).hasSize(3);
        assertThat(service.publicJwks().getKeys()).extracting(JWK::getKeyID)
                .containsExactly("childsafe-4", "childsafe-3", "childsafe-5");
    }

    @Test
    void rotationRecordsActivationAndRetirementTimes() {
        service.ensureKeys();
        clock.advance(Duration.ofDays(30));
        service.rotate();
        clock.advance(Duration.ofDays(30));
        service.rotate();

        ToolKey first = repository.findAll().get(0);
        ToolKey second = repository.findAll().get(1);
        assertThat(first.retiredAt()).contains(ToolKeyTestData.START.plus(Duration.ofDays(60)));
        assertThat(second.activatedAt()).contains(ToolKeyTestData.START.plus(Duration.ofDays(30)));
        assertThat(second.retiredAt()).isEmpty();
    }

    @Test
    void firstRotationRetiresNothing() {
        service.ensureKeys();

        RotationResult result = service.rotate();

        assertThat(result).isEqualTo(new RotationResult("childsafe-2", "childsafe-3", "childsafe-1", Optional.empty()));
    }

    @Test
    void tokenSignedBeforeRotationVerifiesWhilePreviousAndNotOnceRetired() throws Exception {
        service.ensureKeys();
        SignedJWT beforeRotation = sign(service.signingKey());
        assertThat(verifiesWithPublishedJwks(beforeRotation)).isTrue();

        service.rotate();
        SignedJWT afterRotation = sign(service.signingKey());
        assertThat(afterRotation.getHeader().getKeyID()).isNotEqualTo(beforeRotation.getHeader().getKeyID());
        assertThat(verifiesWithPublishedJwks(afterRotation)).isTrue();
        assertThat(verifiesWithPublishedJwks(beforeRotation)).isTrue();

        service.rotate();
        assertThat(publishedJwks().getKeyByKeyId(beforeRotation.getHeader().getKeyID())).isNull();
        assertThat(verifiesWithPublishedJwks(afterRotation)).isTrue();
    }

    @Test
    void signingKeyIsAnRs256SignatureKeyWithItsKid() {
        service.ensureKeys();

        RSAKey key = service.signingKey();

        assertThat(key.getKeyID()).isEqualTo("childsafe-1");
        assertThat(key.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(key.getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
        assertThat(key.isPrivate()).isTrue();
        assertThat(key.size()).isEqualTo(2048);
    }

    @Test
    void decryptedSigningKeyIsCachedUntilRotation() {
        service.ensureKeys();
        RSAKey first = service.signingKey();

        assertThat(service.signingKey()).isSameAs(first);

        service.rotate();
        assertThat(service.signingKey()).isNotSameAs(first).extracting(RSAKey::getKeyID).isEqualTo("childsafe-2");
    }

    @Test
    void anotherNodesRotationIsPickedUpDespiteTheCache() {
        service.ensureKeys();
        service.signingKey();
        ToolKeyService otherNode = ToolKeyTestData.service(repository, clock);

        otherNode.rotate();

        assertThat(service.signingKey().getKeyID()).isEqualTo("childsafe-2");
    }

    @Test
    void publishedJwksNeverContainsPrivateParameters() {
        service.ensureKeys();
        service.rotate();

        JWKSet jwks = service.publicJwks();

        assertThat(jwks.getKeys()).hasSize(3).noneMatch(JWK::isPrivate);
        assertThat(jwks.toString(false)).doesNotContain(PRIVATE_PARAMETERS);
        assertThat(jwks.getKeys()).allSatisfy(key -> {
            assertThat(key.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
            assertThat(key.getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
        });
    }

    @Test
    void storedPrivateKeyColumnDoesNotContainThePkcs8Key() throws JOSEException {
        service.ensureKeys();
        byte[] pkcs8 = service.signingKey().toRSAPrivateKey().getEncoded();
        ToolKey stored = repository.findByStatus(CURRENT).get(0);

        String column = stored.privateKeyEnc();
        String pkcs8Base64 = Base64.getEncoder().encodeToString(pkcs8);
        String storedHex = HexFormat.of().formatHex(Base64.getDecoder().decode(column));
        String pkcs8Hex = HexFormat.of().formatHex(pkcs8);
        assertThat(column.contains(pkcs8Base64.substring(64, 128))).as("column holds the PKCS#8 base64").isFalse();
        assertThat(storedHex.contains(pkcs8Hex.substring(200, 264))).as("column holds PKCS#8 bytes").isFalse();
        assertThat(stored.publicKey().toJSONString()).doesNotContain(PRIVATE_PARAMETERS);
    }

    @Test
    void signingKeyFailsWhenTheKeyWasEncryptedUnderAnotherKek() {
        service.ensureKeys();
        ToolKeyService withOtherKek = new ToolKeyService(repository, new KeyCipher(ToolKeyTestData.otherKek()), clock);

        KeyDecryptionException e = assertThrows(KeyDecryptionException.class, withOtherKek::signingKey);

        assertThat(e).hasMessageContaining("childsafe-1").hasMessageContaining(ToolKeyTestData.kek().id());
    }

    @Test
    void signingAndRotatingWithoutKeysFailWithNamedException() {
        assertThrows(NoSigningKeyException.class, service::signingKey);
        assertThrows(NoSigningKeyException.class, service::rotate);
    }

    private static SignedJWT sign(RSAKey key) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer("https://tool.example").subject("deep-link").build());
        jwt.sign(new RSASSASigner(key));
        return jwt;
    }

    /** What a platform does: fetch the JWKS as JSON, pick the key by kid, verify. */
    private boolean verifiesWithPublishedJwks(SignedJWT jwt) throws Exception {
        JWK key = publishedJwks().getKeyByKeyId(jwt.getHeader().getKeyID());
        return key != null && jwt.verify(new RSASSAVerifier(key.toRSAKey()));
    }

    private JWKSet publishedJwks() throws ParseException {
        return JWKSet.parse(service.publicJwks().toString(true));
    }
}
