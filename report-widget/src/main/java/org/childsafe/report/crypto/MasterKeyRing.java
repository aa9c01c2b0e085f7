package org.childsafe.report.crypto;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.childsafe.lti.keys.application.KeyEncryptionKey;

/**
 * The report master keys: the {@link #current()} one wraps every new data key; {@link #previous} ones are kept
 * only so that data keys wrapped before a rotation can still be unwrapped until they are re-wrapped
 * ({@code POST /api/admin/report/master-key/rewrap}). A key is identified by {@link KeyEncryptionKey#id()}, which
 * each case stores.
 */
public final class MasterKeyRing {

    private final KeyEncryptionKey current;
    private final Map<String, KeyEncryptionKey> all = new LinkedHashMap<>();

    public MasterKeyRing(KeyEncryptionKey current, List<KeyEncryptionKey> previous) {
        this.current = Objects.requireNonNull(current, "Current master key is required.");
        all.put(current.id(), current);
        for (KeyEncryptionKey key : previous) {
            all.putIfAbsent(key.id(), key);
        }
    }

    public KeyEncryptionKey current() {
        return current;
    }

    /** The key with this id, current or previous. */
    public Optional<KeyEncryptionKey> byId(String id) {
        return Optional.ofNullable(all.get(id));
    }

    /** Ids of the previous keys still configured. */
    public List<String> previousIds() {
        return all.keySet().stream().filter(id -> !id.equals(current.id())).toList();
    }

    @Override
    public String toString() {
        return "MasterKeyRing[current=" + current.id() + ", previous=" + previousIds() + "]";
    }
}
