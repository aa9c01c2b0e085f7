package org.childsafe.lti.keys.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Decides which {@link KeyEncryptionKey} protects the tool's private keys, and fails fast when there is none.
 *
 * <h2>Resolution</h2>
 * <ol>
 * <li>{@value #PROPERTY} (environment variable {@value #ENV_VARIABLE}) set: its value must be the base64 of exactly
 * 32 bytes, e.g. {@code openssl rand -base64 32}. Anything else stops the application with a message that names
 * the property and never contains the value.</li>
 * <li>Not set and {@code tool.mode=demo}: a random key is generated once into {@code ${tool.data-dir}/}{@value
 * #DEMO_FILE} (owner read/write only) and reused on later starts, with a WARNING at each start.</li>
 * <li>Not set otherwise: {@link IllegalStateException}. Any mode but {@code demo} counts as production, so a typo
 * fails closed.</li>
 * </ol>
 * Plain Java so it can be tested without a container; {@code KeyEncryptionKeyProducer} feeds it MicroProfile Config.
 */
public final class KeyEncryptionKeyProvider {

    /** MicroProfile Config property holding the base64 KEK. */
    public static final String PROPERTY = "tool.keys.encryption-key";
    /** The same property as an environment variable (MicroProfile Config mapping rules). */
    public static final String ENV_VARIABLE = "TOOL_KEYS_ENCRYPTION_KEY";
    /** Name of the generated demo KEK file inside {@code tool.data-dir}. */
    public static final String DEMO_FILE = "tool-kek.b64";

    private static final Logger LOG = Logger.getLogger(KeyEncryptionKeyProvider.class.getName());
    /** What a configured key must look like, for error messages of every key of this kind. */
    public static final String EXPECTED = "expected the base64 encoding of exactly " + KeyEncryptionKey.KEY_BYTES
            + " random bytes (e.g. `openssl rand -base64 32`).";
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    private final Optional<String> configuredKey;
    private final boolean demo;
    private final Path dataDir;

    /**
     * @param configuredKey the value of {@value #PROPERTY}, if set
     * @param mode the value of {@code tool.mode}; only {@code demo} (any case) allows a generated key
     * @param dataDir the value of {@code tool.data-dir}
     */
    public KeyEncryptionKeyProvider(Optional<String> configuredKey, String mode, Path dataDir) {
        this.configuredKey = Objects.requireNonNull(configuredKey, "Configured key (possibly empty) is required.")
                .filter(value -> !value.isBlank());
        this.demo = mode != null && "demo".equalsIgnoreCase(mode.strip());
        this.dataDir = Objects.requireNonNull(dataDir, "Data directory is required.");
    }

    /** The KEK to use, per the rules in the class documentation. */
    public KeyEncryptionKey resolve() {
        if (configuredKey.isPresent()) {
            return decode(configuredKey.get(), PROPERTY + " (env " + ENV_VARIABLE + ")");
        }
        if (!demo) {
            throw new IllegalStateException(PROPERTY + " (env " + ENV_VARIABLE + ") is required unless tool.mode=demo: "
                    + "it encrypts the tool's private signing keys at rest; " + EXPECTED);
        }
        return demoKey();
    }

    private KeyEncryptionKey demoKey() {
        Path file = dataDir.resolve(DEMO_FILE);
        LOG.warning(() -> PROPERTY + " is not set: the tool's private keys are encrypted with the generated DEMO "
                + "key-encryption key in " + file.toAbsolutePath() + ". Demo only: in production set "
                + ENV_VARIABLE + ".");
        return demoKey(dataDir, DEMO_FILE);
    }

    /**
     * A generated demo key in {@code dataDir/fileName}, created on first use with owner-only permissions (also used
     * by other plug-ins' demo keys, e.g. the report master key). Demo mode only.
     */
    public static KeyEncryptionKey demoKey(Path dataDir, String fileName) {
        Path file = dataDir.resolve(fileName);
        try {
            if (Files.notExists(file)) {
                create(dataDir, file);
            }
            return decode(Files.readString(file), "The demo key file " + file.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create or read the demo key file " + file, e);
        }
    }

    private static void create(Path dataDir, Path file) throws IOException {
        boolean posix = dataDir.getFileSystem().supportedFileAttributeViews().contains("posix");
        Files.createDirectories(dataDir, posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_DIR)}
                : new FileAttribute<?>[0]);
        byte[] raw = new byte[KeyEncryptionKey.KEY_BYTES];
        new SecureRandom().nextBytes(raw);
        try {
            // Created with owner-only permissions before any byte is written, so the key is never world-readable.
            Files.createFile(file, posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_FILE)}
                    : new FileAttribute<?>[0]);
            if (posix) {
                Files.setPosixFilePermissions(file, OWNER_FILE);
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(raw));
        } catch (FileAlreadyExistsException e) {
            LOG.fine(() -> "Another process created " + file + " first; using that key.");
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /**
     * Decodes a configured key: base64 of exactly {@value KeyEncryptionKey#KEY_BYTES} bytes, or an exception that
     * names {@code source} but never quotes the secret.
     */
    public static KeyEncryptionKey decode(String value, String source) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(value.strip());
        } catch (IllegalArgumentException e) {
            // The cause is dropped on purpose: its message quotes an offending character of the secret.
            throw new IllegalStateException(source + " is not valid base64; " + EXPECTED);
        }
        try {
            if (raw.length != KeyEncryptionKey.KEY_BYTES) {
                throw new IllegalStateException(source + " decodes to " + raw.length + " bytes; " + EXPECTED);
            }
            return KeyEncryptionKey.of(raw);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }
}
