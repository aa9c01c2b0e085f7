package org.childsafe.report.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeyProviderTest {

    private static final String KEY_A = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String KEY_B = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    @TempDir
    Path dir;

    @Test
    void productionWithoutKeyFailsNamingTheProperty() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new MasterKeyProvider(Optional.empty(), Optional.empty(), "production", dir).resolve());

        assertThat(e.getMessage()).contains("report.master-key").contains("REPORT_MASTER_KEY");
    }

    @Test
    void aMalformedKeyFailsWithoutEchoingIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new MasterKeyProvider(Optional.of("c2VjcmV0"), Optional.empty(), "production", dir).resolve());

        assertThat(e.getMessage()).contains("6 bytes").doesNotContain("c2VjcmV0");
    }

    @Test
    void demoGeneratesOneKeyFileAndReusesIt() throws Exception {
        MasterKeyRing first = new MasterKeyProvider(Optional.empty(), Optional.empty(), "demo", dir).resolve();
        MasterKeyRing second = new MasterKeyProvider(Optional.empty(), Optional.empty(), "demo", dir).resolve();

        assertThat(Files.exists(dir.resolve(MasterKeyProvider.DEMO_FILE))).isTrue();
        assertThat(second.current().id()).isEqualTo(first.current().id());
    }

    @Test
    void previousKeysJoinTheRing() {
        MasterKeyRing ring = new MasterKeyProvider(Optional.of(KEY_B), Optional.of(KEY_A + ", "), "production", dir).resolve();

        assertThat(ring.previousIds()).hasSize(1);
        assertThat(ring.byId(ring.previousIds().get(0))).isPresent();
        assertThat(ring.current().id()).isNotEqualTo(ring.previousIds().get(0));
    }
}
