package org.childsafe.report.crypto;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Optional;
import org.childsafe.lti.config.ToolConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads {@value MasterKeyProvider#PROPERTY} and {@value MasterKeyProvider#PREVIOUS_PROPERTY} from MicroProfile
 * Config once, resolves the {@link MasterKeyRing} (failing fast) and produces the {@link CaseCrypto} that intake,
 * the reporter's thread and counselor triage use. On Payara, supply the key from a secret (directory config source
 * or password alias), not from a file in the image.
 */
@ApplicationScoped
public class CaseCryptoProducer {

    @Inject
    @ConfigProperty(name = MasterKeyProvider.PROPERTY)
    Optional<String> configured;

    @Inject
    @ConfigProperty(name = MasterKeyProvider.PREVIOUS_PROPERTY)
    Optional<String> previous;

    @Inject
    ToolConfig config;

    private CaseCrypto crypto;

    @PostConstruct
    void resolve() {
        crypto = new CaseCrypto(new MasterKeyProvider(configured, previous, config.mode().name(), config.dataDir()).resolve());
    }

    @Produces
    @Dependent
    CaseCrypto caseCrypto() {
        return crypto;
    }
}
