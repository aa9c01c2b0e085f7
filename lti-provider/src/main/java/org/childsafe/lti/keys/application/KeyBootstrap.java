package org.childsafe.lti.keys.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.childsafe.lti.persistence.DatabaseMigrator.SchemaReady;

/**
 * Makes sure the tool has a key set when the application starts, and proves the configured key-encryption key
 * can open the CURRENT key, so a missing or wrong KEK stops the deployment instead of the first signature.
 *
 * <h2>Two nodes starting at once</h2>
 * Both may try to create the first keys; they pick the same kids, so one commit fails on the primary key (a
 * {@link PersistenceException}, or a {@link TransactionalException} when the failure surfaces at commit). This
 * class then re-reads the table: if the key set is complete, the other node won and start-up goes on; if not, it
 * tries again, {@value #ATTEMPTS} times in all, then rethrows. Any other failure (e.g. no KEK) is rethrown at once.
 *
 * <p>Runs when {@link SchemaReady} says the migrations are done; if they failed it does not run, and the
 * readiness check reports why.
 */
@ApplicationScoped
public class KeyBootstrap {

    static final int ATTEMPTS = 3;

    private static final Logger LOG = Logger.getLogger(KeyBootstrap.class.getName());

    private ToolKeyService keys;

    /** For CDI proxies only. */
    protected KeyBootstrap() {
    }

    @Inject
    public KeyBootstrap(ToolKeyService keys) {
        this.keys = Objects.requireNonNull(keys, "Tool key service is required.");
    }

    void onSchemaReady(@Observes SchemaReady ready) {
        bootstrap();
    }

    /** Ensures the key set (tolerating a concurrent node), then opens the signing key once. */
    public void bootstrap() {
        for (int attempt = 1; ; attempt++) {
            try {
                keys.ensureKeys();
                break;
            } catch (PersistenceException | TransactionalException e) {
                if (keys.hasKeySet()) {
                    LOG.info(() -> "Tool keys were created concurrently by another node (" + e.getClass().getSimpleName()
                            + "); using those.");
                    break;
                }
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                LOG.log(Level.WARNING, "Creating tool keys failed (attempt " + attempt + " of " + ATTEMPTS + "); retrying.", e);
            }
        }
        LOG.info(() -> "Tool signing key " + keys.signingKey().getKeyID() + " is ready.");
    }
}
