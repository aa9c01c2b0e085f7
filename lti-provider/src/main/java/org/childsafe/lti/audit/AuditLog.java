package org.childsafe.lti.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Writes and reads {@link AuditEvent}s.
 *
 * <h2>Transactions</h2>
 * {@link #record} is {@link TxType#MANDATORY}: it joins the transaction of the change it describes and fails if
 * there is none, so an action can never be committed without its audit record (or the reverse).
 *
 * <h2>Privacy</h2>
 * Callers pass ids, never a learner's name, e-mail or LMS subject.
 *
 * <h2>Retention</h2>
 * Events are never changed. The only deletion is by age, {@link #deleteBefore}, which {@link AuditRetention} runs
 * with {@code tool.audit.retention-days}.
 */
@ApplicationScoped
public class AuditLog {

    /** How many events the administration page shows. */
    public static final int PAGE_SIZE = 200;

    @PersistenceContext(unitName = "childsafe")
    EntityManager em;

    @Inject
    Clock clock;

    protected AuditLog() {
    }

    /** Appends one event, timed by the injected clock, inside the caller's transaction. */
    @Transactional(TxType.MANDATORY)
    public void record(String actor, String action, String target, String detail) {
        em.persist(new AuditEvent(clock.instant(), actor, action, target, detail));
    }

    /**
     * Deletes every event that occurred strictly before {@code cutoff}, inside the caller's transaction.
     *
     * @return how many were deleted
     */
    @Transactional(TxType.MANDATORY)
    public int deleteBefore(Instant cutoff) {
        return em.createQuery("delete from AuditEvent e where e.occurredAt < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
    }

    /** The newest {@value #PAGE_SIZE} events, newest first. */
    @Transactional(TxType.SUPPORTS)
    public List<AuditEvent> latest() {
        return em.createQuery("select e from AuditEvent e order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setMaxResults(PAGE_SIZE).getResultList();
    }

    /**
     * The newest {@value #PAGE_SIZE} events about one target and everything under it: {@code registration:12}
     * matches {@code registration:12} and {@code registration:12/deployment:5}, but not {@code registration:123}.
     */
    @Transactional(TxType.SUPPORTS)
    public List<AuditEvent> latestUnder(String target) {
        if (target.contains("%") || target.contains("_")) {
            throw new IllegalArgumentException("An audit target is made of ids and never contains % or _.");
        }
        return em.createQuery("select e from AuditEvent e where e.target = :t or e.target like :children"
                        + " order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setParameter("t", target)
                .setParameter("children", target + "/%")
                .setMaxResults(PAGE_SIZE).getResultList();
    }
}
