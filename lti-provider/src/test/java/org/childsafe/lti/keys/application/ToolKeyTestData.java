package org.childsafe.lti.keys.application;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childsafe.lti.keys.domain.KeyStatus;
import org.childsafe.lti.keys.domain.ToolKey;

/** Factories for tool-key tests. The KEKs are fixed so failures are reproducible. */
public final class ToolKeyTestData {

    public static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

    private ToolKeyTestData() {
    }

    public static KeyEncryptionKey kek() {
        return KeyEncryptionKey.of(bytes(32, 1));
    }

    public static KeyEncryptionKey otherKek() {
        return KeyEncryptionKey.of(bytes(32, 2));
    }

    public static KeyCipher cipher() {
        return new KeyCipher(kek());
    }

    public static ToolKeyService service(InMemoryToolKeyRepository repository, MutableClock clock) {
        return new ToolKeyService(repository, cipher(), clock);
    }

    /** A freshly generated, encrypted key, as {@link ToolKeyService} would create it. */
    public static ToolKey newKey(String kid, KeyStatus status, Instant now) {
        return new ToolKeyVault(cipher()).newKey(kid, status, now);
    }

    /** Kid to status, oldest key first. */
    public static Map<String, KeyStatus> statuses(List<ToolKey> keys) {
        Map<String, KeyStatus> statuses = new LinkedHashMap<>();
        keys.forEach(key -> statuses.put(key.kid(), key.status()));
        return statuses;
    }

    static byte[] bytes(int length, int seed) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (seed * 31 + i);
        }
        return bytes;
    }
}
