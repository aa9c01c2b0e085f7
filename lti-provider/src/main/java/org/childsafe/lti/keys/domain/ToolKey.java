package org.childsafe.lti.keys.domain;

import com.nimbusds.jose.jwk.RSAKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.text.ParseException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One RSA signing key of the tool, a row of {@code tool_key}.
 *
 * <h2>Invariants</h2>
 * <ul>
 * <li>{@code public_jwk} holds the public JWK only (RFC 7517 §4, RFC 7518 §6.3.1: {@code kty}, {@code n},
 * {@code e}, plus {@code kid}, {@code alg}, {@code use}): the constructor strips any private parameter.</li>
 * <li>The private key exists here only as {@code private_key_enc}, ciphertext produced elsewhere, together with
 * the id of the key-encryption key that wrapped it.</li>
 * <li>Kid, key material and creation time never change; the status only moves forward, one step at a time
 * ({@link KeyStatus}).</li>
 * </ul>
 *
 * <h2>Kids</h2>
 * Kids are {@code childsafe-<generation>}, the generation counting every key ever created in this database
 * ({@link #kidFor(long)}). They are deterministic on purpose: two cluster nodes that create "the next key" at the
 * same moment pick the same kid, so the primary key lets only one of them commit.
 */
@Entity
@Table(name = "tool_key")
public class ToolKey {

    // Constants -----------------------------------------------------------------------------------------------------

    private static final String KID_PREFIX = "childsafe-";
    private static final Pattern KID = Pattern.compile(Pattern.quote(KID_PREFIX) + "(\\d{1,18})");

    // Columns -------------------------------------------------------------------------------------------------------

    @Id
    @Column(name = "kid", length = 64, nullable = false, updatable = false)
    private String kid;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false)
    private KeyStatus status;

    @Column(name = "public_jwk", length = 4000, nullable = false, updatable = false)
    private String publicJwk;

    @Column(name = "private_key_enc", length = 8000, nullable = false)
    private String privateKeyEnc;

    @Column(name = "kek_id", length = 64, nullable = false)
    private String kekId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    // Constructors --------------------------------------------------------------------------------------------------

    protected ToolKey() {
    }

    /**
     * A new key, {@link KeyStatus#NEXT} or (only when the tool has no key yet) {@link KeyStatus#CURRENT}.
     *
     * @param key the generated key; only its public part is kept, its kid becomes this key's kid
     * @param privateKeyEnc the encrypted PKCS#8 private key
     */
    public ToolKey(RSAKey key, KeyStatus status, String privateKeyEnc, String kekId, Instant createdAt) {
        Objects.requireNonNull(key, "Key is required.");
        this.kid = requireText(key.getKeyID(), "Kid", 64);
        if (status != KeyStatus.NEXT && status != KeyStatus.CURRENT) {
            throw new IllegalArgumentException("A new tool key is NEXT or CURRENT, not " + status + ".");
        }
        this.status = status;
        this.publicJwk = requireText(key.toPublicJWK().toJSONString(), "Public JWK", 4000);
        this.privateKeyEnc = requireText(privateKeyEnc, "Encrypted private key", 8000);
        this.kekId = requireText(kekId, "Key-encryption key id", 64);
        this.createdAt = Objects.requireNonNull(createdAt, "Creation time is required.");
        this.activatedAt = status == KeyStatus.CURRENT ? createdAt : null;
    }

    // Kids ----------------------------------------------------------------------------------------------------------

    /** The kid of the key of the given generation (1 for the first key ever created). */
    public static String kidFor(long generation) {
        if (generation < 1) {
            throw new IllegalArgumentException("Key generations start at 1, was " + generation + ".");
        }
        return KID_PREFIX + generation;
    }

    /** This key's generation, or 0 if its kid was not made by {@link #kidFor(long)}. */
    public long generation() {
        Matcher matcher = KID.matcher(kid);
        return matcher.matches() ? Long.parseLong(matcher.group(1)) : 0;
    }

    // Life cycle ----------------------------------------------------------------------------------------------------

    /** NEXT → CURRENT: the tool starts signing with this key. */
    public void activate(Instant now) {
        moveTo(KeyStatus.NEXT, KeyStatus.CURRENT);
        this.activatedAt = Objects.requireNonNull(now, "Activation time is required.");
    }

    /** CURRENT → PREVIOUS: the tool stops signing with this key, platforms can still verify it. */
    public void demote() {
        moveTo(KeyStatus.CURRENT, KeyStatus.PREVIOUS);
    }

    /** PREVIOUS → RETIRED: the key leaves the JWKS for good. */
    public void retire(Instant now) {
        moveTo(KeyStatus.PREVIOUS, KeyStatus.RETIRED);
        this.retiredAt = Objects.requireNonNull(now, "Retirement time is required.");
    }

    // Getters -------------------------------------------------------------------------------------------------------

    public String kid() {
        return kid;
    }

    public KeyStatus status() {
        return status;
    }

    /** The public JWK, parsed; never contains private parameters. */
    public RSAKey publicKey() {
        try {
            return RSAKey.parse(publicJwk).toPublicJWK();
        } catch (ParseException e) {
            throw new IllegalStateException("Tool key '" + kid + "' has an unreadable public JWK.", e);
        }
    }

    /** {@code base64(IV || AES-GCM ciphertext and tag)} of the PKCS#8 private key. */
    public String privateKeyEnc() {
        return privateKeyEnc;
    }

    public String kekId() {
        return kekId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> activatedAt() {
        return Optional.ofNullable(activatedAt);
    }

    public Optional<Instant> retiredAt() {
        return Optional.ofNullable(retiredAt);
    }

    @Override
    public String toString() {
        return "ToolKey[" + kid + ", " + status + "]";
    }

    // Helpers -------------------------------------------------------------------------------------------------------

    private void moveTo(KeyStatus expected, KeyStatus target) {
        if (status != expected) {
            throw new IllegalStateException(
                    "Tool key '" + kid + "' is " + status + "; only a " + expected + " key can become " + target + ".");
        }
        status = target;
    }

    private static String requireText(String value, String name, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required.");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(name + " is longer than " + maxLength + " characters.");
        }
        return value;
    }
}
