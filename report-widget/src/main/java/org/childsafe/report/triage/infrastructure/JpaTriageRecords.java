package org.childsafe.report.triage.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.childsafe.report.cases.domain.CaseStatus;
import org.childsafe.report.cases.domain.Priority;
import org.childsafe.report.cases.domain.ReportCase;
import org.childsafe.report.triage.domain.CaseEvent;
import org.childsafe.report.triage.domain.CaseNote;
import org.childsafe.report.triage.domain.CaseTriage;
import org.childsafe.report.triage.domain.QueueFilter;
import org.childsafe.report.triage.domain.TriageRecords;

/** JPA {@link TriageRecords}; parameterised JPQL and one native insert with {@code ON CONFLICT DO NOTHING}. */
@ApplicationScoped
public class JpaTriageRecords implements TriageRecords {

    @PersistenceContext(unitName = "childsafe")
    EntityManager em;

    protected JpaTriageRecords() {
    }

    /** For tests outside the container. */
    public JpaTriageRecords(EntityManager em) {
        this.em = Objects.requireNonNull(em, "Entity manager is required.");
    }

    @Override
    public Optional<CaseTriage> triage(long deploymentPk, long caseId) {
        CaseTriage triage = em.find(CaseTriage.class, caseId);
        return triage != null && triage.deploymentPk() == deploymentPk ? Optional.of(triage) : Optional.empty();
    }

    @Override
    public Map<Long, CaseTriage> triages(long deploymentPk, Collection<Long> caseIds) {
        Map<Long, CaseTriage> byCase = new HashMap<>();
        if (caseIds.isEmpty()) {
            return byCase;
        }
        em.createQuery("select t from CaseTriage t where t.deploymentPk = :school and t.caseId in :ids", CaseTriage.class)
                .setParameter("school", deploymentPk).setParameter("ids", caseIds).getResultList()
                .forEach(t -> byCase.put(t.caseId(), t));
        return byCase;
    }

    @Override
    public boolean createIfAbsent(long caseId, long deploymentPk, Instant dueAt, Instant now) {
        return em.createNativeQuery("INSERT INTO report_case_triage (case_id, deployment_pk, due_at, seen_at)"
                        + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .setParameter(1, caseId).setParameter(2, deploymentPk)
                .setParameter(3, utc(dueAt)).setParameter(4, utc(now))
                .executeUpdate() == 1;
    }

    @Override
    public void add(CaseEvent event) {
        em.persist(event);
    }

    @Override
    public void add(CaseNote note) {
        em.persist(note);
    }

    @Override
    public List<CaseEvent> events(long deploymentPk, long caseId) {
        return em.createQuery("select e from CaseEvent e where e.deploymentPk = :school and e.caseId = :id"
                        + " order by e.occurredAt, e.id", CaseEvent.class)
                .setParameter("school", deploymentPk).setParameter("id", caseId).getResultList();
    }

    @Override
    public List<CaseNote> notes(long deploymentPk, long caseId) {
        return em.createQuery("select n from CaseNote n where n.deploymentPk = :school and n.caseId = :id"
                        + " order by n.createdAt, n.id", CaseNote.class)
                .setParameter("school", deploymentPk).setParameter("id", caseId).getResultList();
    }

    @Override
    public List<ReportCase> queue(long deploymentPk, QueueFilter filter, Instant now, int limit) {
        StringBuilder jpql = new StringBuilder("select c from ReportCase c where c.deploymentPk = :school");
        Set<CaseStatus> statuses = filter.statuses().isEmpty()
                ? java.util.EnumSet.complementOf(java.util.EnumSet.of(CaseStatus.CLOSED)) : filter.statuses();
        jpql.append(" and c.status in :statuses");
        if (filter.priority() != null) {
            jpql.append(" and c.priority = :priority");
        }
        if (filter.category() != null) {
            jpql.append(" and :category member of c.categories");
        }
        if (filter.code() != null) {
            jpql.append(" and c.caseCode = :code");
        }
        if (filter.assignee() != null) {
            jpql.append(" and exists (select t from CaseTriage t where t.caseId = c.id and t.assigneeUserId = :assignee)");
        }
        if (filter.unassigned()) {
            jpql.append(" and not exists (select t from CaseTriage t where t.caseId = c.id and t.assigneeUserId is not null)");
        }
        if (filter.overdueOnly()) {
            jpql.append(" and exists (select t from CaseTriage t where t.caseId = c.id and t.firstResponseAt is null"
                    + " and t.dueAt < :now)");
        }
        String p = "org.childsafe.report.cases.domain.Priority.";
        jpql.append(" order by case when c.priority = ").append(p).append("LIFE_SAFETY then 0 when c.priority = ")
                .append(p).append("HIGH then 1 when c.priority = ").append(p).append("MEDIUM then 2 else 3 end,")
                .append(" c.createdAt, c.id");
        TypedQuery<ReportCase> query = em.createQuery(jpql.toString(), ReportCase.class)
                .setParameter("school", deploymentPk).setParameter("statuses", statuses);
        if (filter.priority() != null) {
            query.setParameter("priority", filter.priority());
        }
        if (filter.category() != null) {
            query.setParameter("category", filter.category());
        }
        if (filter.code() != null) {
            query.setParameter("code", filter.code().value());
        }
        if (filter.assignee() != null) {
            query.setParameter("assignee", filter.assignee());
        }
        if (filter.overdueOnly()) {
            query.setParameter("now", now);
        }
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public List<UnseenCase> unseenCases(int limit) {
        List<Object[]> rows = em.createQuery("select c.id, c.deploymentPk, c.priority, c.createdAt from ReportCase c"
                        + " where not exists (select t from CaseTriage t where t.caseId = c.id) order by c.createdAt, c.id",
                Object[].class).setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new UnseenCase((Long) r[0], (Long) r[1], (Priority) r[2], (Instant) r[3])).toList();
    }

    @Override
    public List<CaseTriage> overdueUnalerted(Instant now, int limit) {
        return em.createQuery("select t from CaseTriage t where t.firstResponseAt is null and t.overdueNotifiedAt is null"
                        + " and t.mergedIntoCaseId is null and t.dueAt < :now order by t.dueAt", CaseTriage.class)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
