package org.childsafe.lti.keys.application;

import jakarta.persistence.EntityExistsException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childsafe.lti.keys.domain.KeyStatus;
import org.childsafe.lti.keys.domain.ToolKey;
import org.childsafe.lti.keys.domain.ToolKeyRepository;

/**
 * Test double of {@link ToolKeyRepository} with the same contract as the JPA one: the stored objects are the
 * "managed" ones, so status changes on them are visible at once, and saving a new key under an existing kid fails.
 */
public class InMemoryToolKeyRepository implements ToolKeyRepository {

    private final Map<String, ToolKey> keys = new LinkedHashMap<>();

    @Override
    public List<ToolKey> findByStatus(KeyStatus status) {
        return findAll().stream().filter(key -> key.status() == status).toList();
    }

    @Override
    public List<ToolKey> findAllPublished() {
        return findAll().stream().filter(key -> key.status().isPublished()).toList();
    }

    @Override
    public List<ToolKey> findAll() {
        List<ToolKey> all = new ArrayList<>(keys.values());
        all.sort(Comparator.comparing(ToolKey::createdAt).thenComparing(ToolKey::generation));
        return all;
    }

    @Override
    public ToolKey save(ToolKey key) {
        ToolKey existing = keys.get(key.kid());
        if (existing != null && existing != key) {
            throw new EntityExistsException("Duplicate kid " + key.kid());
        }
        keys.put(key.kid(), key);
        return key;
    }
}
