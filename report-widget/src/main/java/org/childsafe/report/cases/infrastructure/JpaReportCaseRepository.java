package org.childsafe.report.cases.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.childsafe.report.cases.domain.CaseCode;
import org.childsafe.report.cases.domain.CaseStatus;
import org.childsafe.report.cases.domain.ReportCase;
import org.childsafe.report.cases.domain.ReportCaseRepository;

/** JPA {@link ReportCaseRepository}; every query is filtered by school except the documented rotation finder. */
@ApplicationScoped
public class JpaReportCaseRepository implements ReportCaseRepository {

    @PersistenceContext(unitName = "childsafe")
    EntityManager em;

    protected JpaReportCaseRepository() {
    }

    /** For tests outside the container. */
    public JpaReportCaseRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "Entity manager is required.");
    }

    @Override
    public ReportCase save(ReportCase reportCase) {
        Objects.requireNonNull(reportCase, "Case is required.");
        if (!em.contains(reportCase)) {
            em.persist(reportCase);
        }
        em.flush();
        return reportCase;
    }

    @Override
    public Optional<ReportCase> find(long deploymentPk, long caseId) {
        return em.createQuery("select c from ReportCase c where c.deploymentPk = :school and c.id = :id",
                        ReportCase.class)
                .setParameter("school", deploymentPk).setParameter("id", caseId)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<ReportCase> findByCode(long deploymentPk, CaseCode code) {
        return em.createQuery("select c from ReportCase c where c.deploymentPk = :school and c.caseCode = :code",
                        ReportCase.class)
                .setParameter("school", deploymentPk).setParameter("code", code.value())
                .getResultStream().findFirst();
    }

    @Override
    public boolean codeExists(CaseCode code) {
        return em.createQuery("select count(c) from ReportCase c where c.caseCode = :code", Long.class)
                .setParameter("code", code.value()).getSingleResult() > 0;
    }

    @Override
    public List<ReportCase> list(long deploymentPk, int offset, int limit) {
        return em.createQuery("select c from ReportCase c where c.deploymentPk = :school"
                        + " order by c.updatedAt desc, c.id desc", ReportCase.class)
                .setParameter("school", deploymentPk)
                .setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, limit))
                .getResultList();
    }

    @Override
    public long count(long deploymentPk) {
        return em.createQuery("select count(c) from ReportCase c where c.deploymentPk = :school", Long.class)
                .setParameter("school", deploymentPk).getSingleResult();
    }

    @Override
    public List<ReportCase> findClosedBefore(long deploymentPk, Instant cutoff, int limit) {
        return em.createQuery("select c from ReportCase c where c.deploymentPk = :school and c.status = :closed"
                        + " and c.closedAt < :cutoff order by c.closedAt, c.id", ReportCase.class)
                .setParameter("school", deploymentPk).setParameter("closed", CaseStatus.CLOSED)
                .setParameter("cutoff", cutoff).setMaxResults(Math.max(1, limit))
                .getResultList();
    }

    @Override
    public List<Long> schoolsWithCases() {
        return em.createQuery("select distinct c.deploymentPk from ReportCase c order by c.deploymentPk", Long.class)
                .getResultList();
    }

    @Override
    public boolean delete(long deploymentPk, long caseId) {
        Optional<ReportCase> found = find(deploymentPk, caseId);
        found.ifPresent(c -> {
            // Bulk deletes so the database cascades remove thread and attachments without loading them.
            em.createQuery("delete from ReportAttachment a where a.deploymentPk = :school and a.caseId = :id")
                    .setParameter("school", deploymentPk).setParameter("id", caseId).executeUpdate();
            em.createQuery("delete from ReportMessage m where m.deploymentPk = :school and m.caseId = :id")
                    .setParameter("school", deploymentPk).setParameter("id", caseId).executeUpdate();
            em.remove(c);
            em.flush();
        });
        return found.isPresent();
    }

    @Override
    public List<ReportCase> findWrappedByOtherMasterKey(String masterKeyId, int limit) {
        return em.createQuery("select c from ReportCase c where c.masterKeyId <> :kid order by c.id", ReportCase.class)
                .setParameter("kid", masterKeyId).setMaxResults(Math.max(1, limit))
                .getResultList();
    }

    @Override
    public long countWrappedByOtherMasterKey(String masterKeyId) {
        return em.createQuery("select count(c) from ReportCase c where c.masterKeyId <> :kid", Long.class)
                .setParameter("kid", masterKeyId).getSingleResult();
    }
}
