package org.childsafe.lti.keys.domain;

import java.util.List;

/**
 * Stored tool keys. Key material is immutable, so {@link #save} inserts new keys only; status changes are
 * made on keys loaded in the same transaction and written when it commits.
 */
public interface ToolKeyRepository {

    /** Keys in the given status, oldest first. At most one for every status but {@link KeyStatus#RETIRED}. */
    List<ToolKey> findByStatus(KeyStatus status);

    /** The NEXT, CURRENT and PREVIOUS keys: those the JWKS publishes. */
    List<ToolKey> findAllPublished();

    /** Every key, retired ones included, oldest first. */
    List<ToolKey> findAll();

    /**
     * Stores a newly generated key, failing with a {@link jakarta.persistence.PersistenceException} if its kid
     * already exists (never overwriting the existing key); for a key already loaded it does nothing.
     */
    ToolKey save(ToolKey key);
}
