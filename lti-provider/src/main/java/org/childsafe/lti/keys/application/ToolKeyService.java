package org.childsafe.lti.keys.application;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.childsafe.lti.keys.domain.KeyStatus;
import org.childsafe.lti.keys.domain.ToolKey;
import org.childsafe.lti.keys.domain.ToolKeyRepository;

/**
 * The tool's signing keys as use cases: make sure a key set exists, rotate it, sign with the CURRENT key, and
 * publish the public keys (LTI checklist §2.4; 1EdTech Security Framework 1.0 §6).
 *
 * <h2>Invariants</h2>
 * After {@link #ensureKeys()} there is exactly one CURRENT and one NEXT key and at most one PREVIOUS.
 * {@link #rotate()} keeps that: PREVIOUS → RETIRED, CURRENT → PREVIOUS, NEXT → CURRENT, plus a new NEXT, so the
 * JWKS always holds the key that will sign next (platforms caching the JWKS know it in advance) and the key that
 * signed last (messages signed just before a rotation still verify). {@link #publicJwks()} never contains a
 * private parameter.
 *
 * <h2>Concurrency</h2>
 * New keys get the kid of the next generation ({@link ToolKey#kidFor(long)}) and are inserted before any status
 * changes. Two nodes that bootstrap or rotate at once therefore insert the same kid; the primary key lets one
 * transaction commit and rolls the other back whole. {@link KeyBootstrap} turns that rollback at start-up into
 * "another node did it".
 *
 * <h2>Private key cache</h2>
 * {@link #signingKey()} keeps the decrypted CURRENT key in memory, keyed by kid. It still reads which kid is
 * CURRENT from the database on each call, so a rotation made by another node is picked up at once.
 */
@ApplicationScoped
public class ToolKeyService {

    // Constants -----------------------------------------------------------------------------------------------------

    private static final Logger LOG = Logger.getLogger(ToolKeyService.class.getName());

    // Fields --------------------------------------------------------------------------------------------------------

    private ToolKeyRepository repository;
    private ToolKeyVault vault;
    private Clock clock;
    private final AtomicReference<RSAKey> signingKey = new AtomicReference<>();

    // Constructors --------------------------------------------------------------------------------------------------

    /** For CDI proxies only. */
    protected ToolKeyService() {
    }

    @Inject
    public ToolKeyService(ToolKeyRepository repository, KeyCipher cipher, Clock clock) {
        this.repository = Objects.requireNonNull(repository, "Tool key repository is required.");
        this.vault = new ToolKeyVault(cipher);
        this.clock = Objects.requireNonNull(clock, "Clock is required.");
    }

    // Use cases -----------------------------------------------------------------------------------------------------

    /**
     * Creates what is missing of a CURRENT + NEXT key pair; does nothing when both exist. A missing CURRENT is
     * replaced by promoting the NEXT key if there is one (it is already published), else by a new key.
     */
    @Transactional
    public void ensureKeys() {
        List<ToolKey> all = repository.findAll();
        long generation = lastGeneration(all);
        Instant now = clock.instant();
        boolean hasCurrent = single(all, KeyStatus.CURRENT).isPresent();
        Optional<ToolKey> next = single(all, KeyStatus.NEXT);
        if (!hasCurrent && next.isPresent()) {
            next.get().activate(now);
            LOG.info(() -> "Tool key " + next.get().kid() + " promoted from NEXT to CURRENT (there was no CURRENT key).");
        } else if (!hasCurrent) {
            insert(ToolKey.kidFor(++generation), KeyStatus.CURRENT, now);
        }
        if (!hasCurrent || next.isEmpty()) {
            insert(ToolKey.kidFor(++generation), KeyStatus.NEXT, now);
        }
    }

    /** Moves every published key one step along its life cycle and publishes a new NEXT key. */
    @Transactional
    public RotationResult rotate() {
        List<ToolKey> all = repository.findAll();
        ToolKey current = single(all, KeyStatus.CURRENT).orElseThrow(() -> new NoSigningKeyException(KeyStatus.CURRENT));
        ToolKey next = single(all, KeyStatus.NEXT).orElseThrow(() -> new NoSigningKeyException(KeyStatus.NEXT));
        Optional<ToolKey> previous = single(all, KeyStatus.PREVIOUS);
        Instant now = clock.instant();
        ToolKey newNext = insert(ToolKey.kidFor(lastGeneration(all) + 1), KeyStatus.NEXT, now);
        previous.ifPresent(key -> key.retire(now));
        current.demote();
        next.activate(now);
        signingKey.set(null);
        RotationResult result = new RotationResult(next.kid(), newNext.kid(), current.kid(), previous.map(ToolKey::kid));
        LOG.info(() -> "Tool keys rotated: current=" + result.current() + ", next=" + result.next() + ", previous="
                + result.previous() + ", retired=" + result.retired().orElse("none") + ".");
        return result;
    }

    /**
     * The CURRENT key with its private part, to sign with (RS256, its kid in the JWS header). Read in a transaction
     * (joined when the caller has one) because background senders call it outside any: see
     * {@code org.childsafe.lti.grades.application.PlatformLookups} for what a non-transactional entity manager does
     * on a managed executor's recurring task.
     */
    @Transactional
    public RSAKey signingKey() {
        ToolKey current = single(repository.findByStatus(KeyStatus.CURRENT), KeyStatus.CURRENT)
                .orElseThrow(() -> new NoSigningKeyException(KeyStatus.CURRENT));
        RSAKey cached = signingKey.get();
        if (cached != null && cached.getKeyID().equals(current.kid())) {
            return cached;
        }
        RSAKey opened = vault.open(current);
        signingKey.set(opened);
        return opened;
    }

    /** The NEXT, CURRENT and PREVIOUS public keys (CURRENT first), without any private parameter. */
    public JWKSet publicJwks() {
        List<JWK> keys = repository.findAllPublished().stream()
                .sorted(Comparator.comparing((ToolKey key) -> key.status() != KeyStatus.CURRENT)
                        .thenComparing(ToolKey::generation))
                .map(key -> (JWK) key.publicKey().toPublicJWK())
                .toList();
        return new JWKSet(keys);
    }

    /** Every key, retired ones included, oldest first: for administration, no key material needed. */
    public List<ToolKey> keys() {
        return repository.findAll();
    }

    /** Whether both a CURRENT and a NEXT key exist. */
    public boolean hasKeySet() {
        List<ToolKey> all = repository.findAll();
        return single(all, KeyStatus.CURRENT).isPresent() && single(all, KeyStatus.NEXT).isPresent();
    }

    // Helpers -------------------------------------------------------------------------------------------------------

    private ToolKey insert(String kid, KeyStatus status, Instant now) {
        ToolKey key = repository.save(vault.newKey(kid, status, now));
        LOG.info(() -> "Tool key " + kid + " created as " + status + ".");
        return key;
    }

    private static Optional<ToolKey> single(List<ToolKey> keys, KeyStatus status) {
        List<ToolKey> matching = keys.stream().filter(key -> key.status() == status).toList();
        if (matching.size() > 1) {
            throw new IllegalStateException("Found " + matching.size() + " " + status + " tool keys " + matching
                    + "; exactly one is allowed. Fix the tool_key table before signing anything.");
        }
        return matching.stream().findFirst();
    }

    private static long lastGeneration(List<ToolKey> keys) {
        return keys.stream().mapToLong(ToolKey::generation).max().orElse(0);
    }
}
