package org.childsafe.lti.keys.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyEncryptionKeyProviderTest {

    @TempDir
    Path dataDir;

    @Test
    void usesTheConfiguredKey() {
        byte[] raw = ToolKeyTestData.bytes(32, 7);
        String configured = Base64.getEncoder().encodeToString(raw);

        KeyEncryptionKey kek = new KeyEncryptionKeyProvider(Optional.of(configured), "production", dataDir).resolve();

        assertThat(kek.id()).isEqualTo(KeyEncryptionKey.of(raw).id());
        assertThat(kek.key().getEncoded()).isEqualTo(raw);
    }

    @Test
    void configuredKeyWinsInDemoModeAndNoFileIsWritten() {
        String configured = Base64.getEncoder().encodeToString(ToolKeyTestData.bytes(32, 7));

        new KeyEncryptionKeyProvider(Optional.of(configured), "demo", dataDir).resolve();

        assertThat(dataDir.resolve(KeyEncryptionKeyProvider.DEMO_FILE)).doesNotExist();
    }

    @Test
    void rejectsConfiguredKeyOfWrongLengthNamingThePropertyButNotTheValue() {
        String configured = Base64.getEncoder().encodeToString(ToolKeyTestData.bytes(16, 7));
        KeyEncryptionKeyProvider provider = new KeyEncryptionKeyProvider(Optional.of(configured), "production", dataDir);

        IllegalStateException e = assertThrows(IllegalStateException.class, provider::resolve);

        assertThat(e).hasMessageContaining("tool.keys.encryption-key").hasMessageContaining("16 bytes")
                .hasMessageNotContaining(configured).hasNoCause();
    }

    @Test
    void rejectsConfiguredKeyThatIsNotBase64WithoutQuotingIt() {
        String configured = "s3cr3t-passw0rd-not-base64!";
        KeyEncryptionKeyProvider provider = new KeyEncryptionKeyProvider(Optional.of(configured), "demo", dataDir);

        IllegalStateException e = assertThrows(IllegalStateException.class, provider::resolve);

        assertThat(e).hasMessageContaining("tool.keys.encryption-key").hasMessageNotContaining(configured)
                .hasMessageNotContaining("s3cr3t").hasNoCause();
    }

    @Test
    void demoModeGeneratesAnOwnerOnlyKeyFileAndReusesItOnTheNextStart() throws Exception {
        assumeTrue(dataDir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path nested = dataDir.resolve("not-yet/created");

        KeyEncryptionKey first = new KeyEncryptionKeyProvider(Optional.empty(), "demo", nested).resolve();
        KeyEncryptionKey second = new KeyEncryptionKeyProvider(Optional.empty(), "DEMO", nested).resolve();

        Path file = nested.resolve(KeyEncryptionKeyProvider.DEMO_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(KeyEncryptionKey.KEY_BYTES);
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.key().getEncoded()).isEqualTo(first.key().getEncoded());
    }

    @Test
    void productionWithoutKeyFailsNamingPropertyAndEnvironmentVariable() {
        KeyEncryptionKeyProvider provider = new KeyEncryptionKeyProvider(Optional.empty(), "production", dataDir);

        IllegalStateException e = assertThrows(IllegalStateException.class, provider::resolve);

        assertThat(e).hasMessageContaining("tool.keys.encryption-key").hasMessageContaining("TOOL_KEYS_ENCRYPTION_KEY");
        assertThat(dataDir.resolve(KeyEncryptionKeyProvider.DEMO_FILE)).doesNotExist();
    }

    @Test
    void unknownModeCountsAsProductionAndBlankKeyAsMissing() {
        KeyEncryptionKeyProvider provider = new KeyEncryptionKeyProvider(Optional.of("  "), "dmeo", dataDir);

        assertThrows(IllegalStateException.class, provider::resolve);
    }
}
