package org.childsafe.lti.keys.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class KeyCipherTest {

    private static final byte[] PLAIN = "PKCS#8 private key bytes".getBytes(StandardCharsets.UTF_8);

    private final KeyCipher cipher = ToolKeyTestData.cipher();

    @Test
    void decryptsWhatItEncryptedForTheSameKid() {
        String sealed = cipher.encrypt(PLAIN, "childsafe-1");

        assertThat(cipher.decrypt(sealed, "childsafe-1")).isEqualTo(PLAIN);
    }

    @Test
    void usesAFreshIvForEveryEncryption() {
        byte[] first = Base64.getDecoder().decode(cipher.encrypt(PLAIN, "childsafe-1"));
        byte[] second = Base64.getDecoder().decode(cipher.encrypt(PLAIN, "childsafe-1"));

        assertThat(first).hasSize(KeyCipher.IV_BYTES + PLAIN.length + KeyCipher.TAG_BITS / 8);
        assertThat(Arrays.copyOf(first, KeyCipher.IV_BYTES))
                .isNotEqualTo(Arrays.copyOf(second, KeyCipher.IV_BYTES));
    }

    @Test
    void rejectsTamperedCiphertext() {
        byte[] blob = Base64.getDecoder().decode(cipher.encrypt(PLAIN, "childsafe-1"));
        blob[KeyCipher.IV_BYTES + 3] ^= 0x01;
        String tampered = Base64.getEncoder().encodeToString(blob);

        KeyDecryptionException e = assertThrows(KeyDecryptionException.class, () -> cipher.decrypt(tampered, "childsafe-1"));
        assertThat(e).hasMessageContaining("childsafe-1").hasMessageContaining(cipher.kekId());
    }

    @Test
    void rejectsCiphertextMovedToAnotherKid() {
        String sealed = cipher.encrypt(PLAIN, "childsafe-1");

        assertThrows(KeyDecryptionException.class, () -> cipher.decrypt(sealed, "childsafe-2"));
    }

    @Test
    void rejectsCiphertextOfAnotherKeyEncryptionKey() {
        String sealed = new KeyCipher(ToolKeyTestData.otherKek()).encrypt(PLAIN, "childsafe-1");

        assertThrows(KeyDecryptionException.class, () -> cipher.decrypt(sealed, "childsafe-1"));
    }

    @Test
    void rejectsTruncatedAndNonBase64Values() {
        assertThrows(KeyDecryptionException.class, () -> cipher.decrypt("AAAA", "childsafe-1"));
        assertThrows(KeyDecryptionException.class, () -> cipher.decrypt("not base64!", "childsafe-1"));
    }
}
