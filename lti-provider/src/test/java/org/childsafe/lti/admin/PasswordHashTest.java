package org.childsafe.lti.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** PBKDF2 hashing of the tool administrator's password. */
class PasswordHashTest {

    private static final PasswordHash HASH = PasswordHash.of("correct horse battery".toCharArray());

    @Test
    void verifiesTheHashedPasswordOnly() {
        assertThat(HASH.matches("correct horse battery".toCharArray())).isTrue();
        assertThat(HASH.matches("correct horse batterY".toCharArray())).isFalse();
        assertThat(HASH.matches(new char[0])).isFalse();
    }

    @Test
    void storesSchemeIterationsSaltAndKeyAndSurvivesARoundTrip() {
        String encoded = HASH.encoded();
        String[] parts = encoded.split("\\$");

        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("pbkdf2-sha256");
        assertThat(Integer.parseInt(parts[1])).isGreaterThanOrEqualTo(210_000);
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
        assertThat(PasswordHash.parse(encoded).matches("correct horse battery".toCharArray())).isTrue();
    }

    @Test
    void saltsEveryHashDifferently() {
        assertThat(PasswordHash.of("correct horse battery".toCharArray()).encoded()).isNotEqualTo(HASH.encoded());
    }

    @Test
    void refusesWeakenedOrMalformedStoredHashes() {
        String[] parts = HASH.encoded().split("\\$");
        String weakened = parts[0] + "$1000$" + parts[2] + "$" + parts[3];

        assertThrows(IllegalArgumentException.class, () -> PasswordHash.parse(weakened));
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.parse("plain-text-password"));
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.parse("pbkdf2-sha256$lots$" + parts[2] + "$" + parts[3]));
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.parse("md5$210000$" + parts[2] + "$" + parts[3]));
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.parse(null));
    }

    @Test
    void neverPrintsTheHash() {
        assertThat(HASH.toString()).doesNotContain(HASH.encoded().split("\\$")[3]).contains("pbkdf2-sha256");
    }
}
