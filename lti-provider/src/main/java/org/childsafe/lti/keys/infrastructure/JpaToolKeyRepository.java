package org.childsafe.lti.keys.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.childsafe.lti.keys.domain.KeyStatus;
import org.childsafe.lti.keys.domain.ToolKey;
import org.childsafe.lti.keys.domain.ToolKeyRepository;

/**
 * JPA-backed {@link ToolKeyRepository} on the {@code childsafe} persistence unit.
 *
 * <p>{@link #save} persists and flushes new keys at once, so a kid inserted concurrently by another node fails
 * right there (primary key) rather than at commit, and never merges: merging a new key onto an existing kid would
 * silently replace published key material.
 */
@ApplicationScoped
public class JpaToolKeyRepository implements ToolKeyRepository {

    @PersistenceContext(unitName = "childsafe")
    EntityManager em;

    /** For CDI proxies only. */
    protected JpaToolKeyRepository() {
    }

    /** For tests outside the container. */
    protected JpaToolKeyRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "Entity manager is required.");
    }

    @Override
    public List<ToolKey> findByStatus(KeyStatus status) {
        return em.createQuery("select k from ToolKey k where k.status = :status order by k.createdAt, k.kid", ToolKey.class)
                .setParameter("status", status)
                .getResultList();
    }

    @Override
    public List<ToolKey> findAllPublished() {
        return em.createQuery("select k from ToolKey k where k.status in :published order by k.createdAt, k.kid",
                        ToolKey.class)
                .setParameter("published", EnumSet.of(KeyStatus.NEXT, KeyStatus.CURRENT, KeyStatus.PREVIOUS))
                .getResultList();
    }

    @Override
    public List<ToolKey> findAll() {
        return em.createQuery("select k from ToolKey k order by k.createdAt, k.kid", ToolKey.class).getResultList();
    }

    @Override
    public ToolKey save(ToolKey key) {
        Objects.requireNonNull(key, "Tool key is required.");
        if (!em.contains(key)) {
            em.persist(key);
            em.flush();
        }
        return key;
    }
}
