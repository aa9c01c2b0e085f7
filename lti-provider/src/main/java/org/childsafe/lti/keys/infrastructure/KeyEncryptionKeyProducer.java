package org.childsafe.lti.keys.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Optional;
import org.childsafe.lti.config.ToolConfig;
import org.childsafe.lti.keys.application.KeyCipher;
import org.childsafe.lti.keys.application.KeyEncryptionKey;
import org.childsafe.lti.keys.application.KeyEncryptionKeyProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the key-encryption key settings from MicroProfile Config, resolves the KEK once through
 * {@link KeyEncryptionKeyProvider} (which holds the rules and fails fast), and produces the {@link KeyCipher}
 * that {@code ToolKeyService} uses.
 *
 * <ul>
 * <li>{@value KeyEncryptionKeyProvider#PROPERTY}: base64 of 32 bytes; no default. On Payara, supply it from a
 * secret (directory config source or password alias), not from a file in the image.</li>
 * <li>{@code tool.mode} and {@code tool.data-dir} come from {@link ToolConfig}; the data directory is only used
 * in demo mode.</li>
 * </ul>
 */
@ApplicationScoped
public class KeyEncryptionKeyProducer {

    @Inject
    @ConfigProperty(name = KeyEncryptionKeyProvider.PROPERTY)
    Optional<String> configuredKey;

    @Inject
    ToolConfig config;

    private KeyEncryptionKey kek;

    @PostConstruct
    void resolve() {
        kek = new KeyEncryptionKeyProvider(configuredKey, config.mode().name(), config.dataDir()).resolve();
    }

    @Produces
    @Dependent
    KeyCipher keyCipher() {
        return new KeyCipher(kek);
    }
}
