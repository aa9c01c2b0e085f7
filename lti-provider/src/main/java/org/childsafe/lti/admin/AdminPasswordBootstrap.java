package org.childsafe.lti.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.childsafe.lti.persistence.DatabaseMigrator;

/**
 * Decides the tool administrator's password once the schema exists ({@link DatabaseMigrator.SchemaReady}).
 *
 * <h2>Rules</h2>
 * <ol>
 * <li>{@code tool.admin.password} set: it is used (hashed in memory) and nothing is stored.</li>
 * <li>Else, a hash under {@value #SETTING} in {@code tool_setting}: it is used; no password is ever logged.</li>
 * <li>Else (first start): a random {@value #GENERATED_LENGTH}-character password is generated, only its
 * {@link PasswordHash} is stored, and the password is logged once at WARNING. If another node of the cluster
 * stored its hash first, the insert conflicts, this node re-reads and uses the winner's hash, and logs nothing.</li>
 * </ol>
 */
@ApplicationScoped
class AdminPasswordBootstrap {

    /** Name of the setting that holds the generated password's hash. */
    static final String SETTING = "admin.password-hash";

    /** Length of a generated password (about 116 bits from the 56-character alphabet). */
    static final int GENERATED_LENGTH = 20;

    private static final Logger LOG = Logger.getLogger(AdminPasswordBootstrap.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AdminConfig config;

    @Inject
    AdminCredentials credentials;

    @Inject
    DatabaseMigrator migrator;

    @Inject
    Clock clock;

    void onSchemaReady(@Observes DatabaseMigrator.SchemaReady ready) {
        credentials.use(resolve(config.password(), new JdbcToolSettings(migrator.dataSource()), clock,
                password -> LOG.warning(() -> "Tool administrator '" + config.username() + "' has the generated password "
                        + password + " (shown once; set TOOL_ADMIN_PASSWORD to choose your own).")));
    }

    /** The hash to verify against; {@code announce} receives a newly generated password, at most once ever. */
    static PasswordHash resolve(Optional<String> configured, ToolSettings settings, Clock clock, Consumer<String> announce) {
        if (configured.isPresent()) {
            return PasswordHash.of(configured.get().toCharArray());
        }
        Optional<String> stored = settings.find(SETTING);
        if (stored.isPresent()) {
            return PasswordHash.parse(stored.get());
        }
        String password = generatePassword();
        PasswordHash hash = PasswordHash.of(password.toCharArray());
        if (settings.insertIfAbsent(SETTING, hash.encoded(), clock.instant())) {
            announce.accept(password);
            return hash;
        }
        return PasswordHash.parse(settings.find(SETTING)
                .orElseThrow(() -> new IllegalStateException("Tool setting " + SETTING + " conflicted on insert but cannot be read.")));
    }

    static String generatePassword() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
