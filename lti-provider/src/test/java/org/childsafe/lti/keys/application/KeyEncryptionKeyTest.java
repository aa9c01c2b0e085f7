package org.childsafe.lti.keys.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class KeyEncryptionKeyTest {

    @Test
    void idIsTheFirstEightHexDigitsOfTheSha256OfTheKey() throws Exception {
        byte[] raw = ToolKeyTestData.bytes(32, 1);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));

        assertThat(KeyEncryptionKey.of(raw).id()).isEqualTo(sha256.substring(0, 8));
    }

    @Test
    void toStringShowsTheIdOnly() {
        KeyEncryptionKey kek = ToolKeyTestData.kek();

        assertThat(kek).hasToString("KeyEncryptionKey[id=" + kek.id() + "]");
    }

    @Test
    void refusesKeysThatAreNotAes256() {
        assertThrows(IllegalArgumentException.class, () -> KeyEncryptionKey.of(new byte[16]));
        assertThrows(IllegalArgumentException.class,
                () -> new KeyEncryptionKey("x", new SecretKeySpec(new byte[32], "HmacSHA256")));
    }
}
