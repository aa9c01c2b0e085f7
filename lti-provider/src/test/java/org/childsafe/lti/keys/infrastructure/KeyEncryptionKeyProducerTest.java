package org.childsafe.lti.keys.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import org.childsafe.lti.config.ToolConfigTestData;
import org.childsafe.lti.keys.application.KeyCipher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyEncryptionKeyProducerTest {

    @TempDir
    Path dataDir;

    @Test
    void producesACipherForTheConfiguredKey() {
        KeyEncryptionKeyProducer producer = producer(Optional.of(Base64.getEncoder().encodeToString(new byte[32])), "production");

        producer.resolve();
        KeyCipher cipher = producer.keyCipher();

        byte[] plain = "secret".getBytes(StandardCharsets.UTF_8);
        assertThat(cipher.decrypt(cipher.encrypt(plain, "childsafe-1"), "childsafe-1")).isEqualTo(plain);
    }

    @Test
    void failsAtStartupInProductionWithoutKey() {
        KeyEncryptionKeyProducer producer = producer(Optional.empty(), "production");

        assertThrows(IllegalStateException.class, producer::resolve);
    }

    private KeyEncryptionKeyProducer producer(Optional<String> key, String mode) {
        KeyEncryptionKeyProducer producer = new KeyEncryptionKeyProducer();
        producer.configuredKey = key;
        producer.config = ToolConfigTestData.withMode(mode, dataDir.toString());
        return producer;
    }
}
