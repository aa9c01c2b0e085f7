package org.childsafe.report.crypto;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import org.childsafe.lti.keys.application.KeyEncryptionKey;
import org.childsafe.lti.keys.application.KeyEncryptionKeyProvider;

/**
 * Decides the report {@link MasterKeyRing} from configuration, and fails fast when there is no key. It is its own
 * key, not the tool's key-encryption key, so that the two can be held, rotated and revoked separately.
 *
 * <h2>Resolution</h2>
 * <ol>
 * <li>{@value #PROPERTY} (env {@value #ENV_VARIABLE}) set: the base64 of exactly 32 random bytes
 * ({@code openssl rand -base64 32}). Anything else stops the application with a message naming the property,
 * never the value.</li>
 * <li>Not set and {@code tool.mode=demo}: a random key generated once into {@code ${tool.data-dir}/}{@value
 * #DEMO_FILE} (owner read/write only) and reused, with a WARNING at every start.</li>
 * <li>Not set otherwise: {@link IllegalStateException}; any mode but {@code demo} is production, so a typo fails
 * closed.</li>
 * </ol>
 * {@value #PREVIOUS_PROPERTY} (env {@value #PREVIOUS_ENV_VARIABLE}) optionally lists, comma-separated, earlier
 * master keys that still unwrap old cases until they are re-wrapped.
 */
public final class MasterKeyProvider {

    public static final String PROPERTY = "report.master-key";
    public static final String ENV_VARIABLE = "REPORT_MASTER_KEY";
    public static final String PREVIOUS_PROPERTY = "report.master-key.previous";
    public static final String PREVIOUS_ENV_VARIABLE = "REPORT_MASTER_KEY_PREVIOUS";
    public static final String DEMO_FILE = "report-master-key.b64";

    private static final Logger LOG = Logger.getLogger(MasterKeyProvider.class.getName());
    private static final String EXPECTED = KeyEncryptionKeyProvider.EXPECTED;

    private final Optional<String> configured;
    private final Optional<String> previous;
    private final boolean demo;
    private final Path dataDir;

    public MasterKeyProvider(Optional<String> configured, Optional<String> previous, String mode, Path dataDir) {
        this.configured = configured.filter(v -> !v.isBlank());
        this.previous = previous.filter(v -> !v.isBlank());
        this.demo = mode != null && "demo".equalsIgnoreCase(mode.strip());
        this.dataDir = Objects.requireNonNull(dataDir, "Data directory is required.");
    }

    public MasterKeyRing resolve() {
        KeyEncryptionKey current;
        if (configured.isPresent()) {
            current = decode(configured.get(), PROPERTY + " (env " + ENV_VARIABLE + ")");
        } else if (demo) {
            current = demoKey();
        } else {
            throw new IllegalStateException(PROPERTY + " (env " + ENV_VARIABLE + ") is required unless tool.mode=demo: "
                    + "it protects the data keys of abuse reports; " + EXPECTED);
        }
        List<KeyEncryptionKey> older = new ArrayList<>();
        previous.ifPresent(list -> {
            int i = 0;
            for (String value : list.split(",")) {
                i++;
                if (!value.isBlank()) {
                    older.add(decode(value, PREVIOUS_PROPERTY + " entry " + i));
                }
            }
        });
        return new MasterKeyRing(current, older);
    }

    private KeyEncryptionKey demoKey() {
        LOG.warning(() -> PROPERTY + " is not set: abuse reports are encrypted under the generated DEMO master key in "
                + dataDir.resolve(DEMO_FILE).toAbsolutePath() + ". Demo only: in production set " + ENV_VARIABLE + ".");
        return KeyEncryptionKeyProvider.demoKey(dataDir, DEMO_FILE);
    }

    private static KeyEncryptionKey decode(String value, String source) {
        return KeyEncryptionKeyProvider.decode(value, source);
    }
}
