package org.childsafe.lti.keys.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ToolKeyTest {

    private static final Instant CREATED = Instant.parse("2026-01-05T08:00:00Z");
    private static final Instant LATER = CREATED.plusSeconds(3600);

    private static RSAKey privateJwk;

    @BeforeAll
    static void generateKey() throws Exception {
        privateJwk = new RSAKeyGenerator(2048).keyID("childsafe-3").keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256).generate();
    }

    @Test
    void keepsOnlyThePublicPartEvenWhenGivenAPrivateJwk() {
        ToolKey key = new ToolKey(privateJwk, KeyStatus.NEXT, "sealed", "kek1", CREATED);

        assertThat(key.publicKey().isPrivate()).isFalse();
        assertThat(key.publicKey()).isEqualTo(privateJwk.toPublicJWK());
        assertThat(key.kid()).isEqualTo("childsafe-3");
        assertThat(key.generation()).isEqualTo(3);
    }

    @Test
    void aNewCurrentKeyIsActiveFromCreationAndANextKeyIsNot() {
        assertThat(new ToolKey(privateJwk, KeyStatus.CURRENT, "sealed", "kek1", CREATED).activatedAt()).contains(CREATED);
        assertThat(new ToolKey(privateJwk, KeyStatus.NEXT, "sealed", "kek1", CREATED).activatedAt()).isEmpty();
    }

    @Test
    void refusesToCreateAKeyThatIsAlreadyPreviousOrRetired() {
        assertThrows(IllegalArgumentException.class,
                () -> new ToolKey(privateJwk, KeyStatus.PREVIOUS, "sealed", "kek1", CREATED));
        assertThrows(IllegalArgumentException.class,
                () -> new ToolKey(privateJwk, KeyStatus.RETIRED, "sealed", "kek1", CREATED));
    }

    @Test
    void movesForwardThroughItsLifeCycle() {
        ToolKey key = new ToolKey(privateJwk, KeyStatus.NEXT, "sealed", "kek1", CREATED);

        key.activate(LATER);
        key.demote();
        key.retire(LATER.plusSeconds(60));

        assertThat(key.status()).isEqualTo(KeyStatus.RETIRED);
        assertThat(key.activatedAt()).contains(LATER);
        assertThat(key.retiredAt()).contains(LATER.plusSeconds(60));
    }

    @Test
    void refusesToSkipOrReverseAStep() {
        ToolKey next = new ToolKey(privateJwk, KeyStatus.NEXT, "sealed", "kek1", CREATED);
        ToolKey current = new ToolKey(privateJwk, KeyStatus.CURRENT, "sealed", "kek1", CREATED);

        assertThrows(IllegalStateException.class, next::demote);
        assertThrows(IllegalStateException.class, () -> next.retire(LATER));
        assertThrows(IllegalStateException.class, () -> current.activate(LATER));
    }

    @Test
    void kidsCountGenerationsAndForeignKidsCountAsZero() throws Exception {
        RSAKey foreign = new RSAKey.Builder(privateJwk.toPublicJWK()).keyID("imported-key").build();

        assertThat(ToolKey.kidFor(12)).isEqualTo("childsafe-12");
        assertThat(new ToolKey(foreign, KeyStatus.NEXT, "sealed", "kek1", CREATED).generation()).isZero();
        assertThrows(IllegalArgumentException.class, () -> ToolKey.kidFor(0));
    }

    @Test
    void publishedStatusesAreAllButRetired() {
        assertThat(KeyStatus.values()).filteredOn(KeyStatus::isPublished)
                .containsExactly(KeyStatus.NEXT, KeyStatus.CURRENT, KeyStatus.PREVIOUS);
    }
}
