package org.childsafe.report.cases.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.childsafe.report.cases.domain.ReportAttachment;
import org.childsafe.report.cases.domain.ReportAttachmentRepository;

/** JPA {@link ReportAttachmentRepository}; attachments are inserted, never updated. */
@ApplicationScoped
public class JpaReportAttachmentRepository implements ReportAttachmentRepository {

    @PersistenceContext(unitName = "childsafe")
    EntityManager em;

    protected JpaReportAttachmentRepository() {
    }

    /** For tests outside the container. */
    public JpaReportAttachmentRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "Entity manager is required.");
    }

    @Override
    public ReportAttachment save(ReportAttachment attachment) {
        Objects.requireNonNull(attachment, "Attachment is required.");
        if (!em.contains(attachment)) {
            em.persist(attachment);
            em.flush();
        }
        return attachment;
    }

    @Override
    public List<ReportAttachment> findByCase(long deploymentPk, long caseId) {
        return em.createQuery("select a from ReportAttachment a where a.deploymentPk = :school and a.caseId = :id"
                        + " order by a.id", ReportAttachment.class)
                .setParameter("school", deploymentPk).setParameter("id", caseId)
                .getResultList();
    }

    @Override
    public Optional<ReportAttachment> find(long deploymentPk, long attachmentId) {
        return em.createQuery("select a from ReportAttachment a where a.deploymentPk = :school and a.id = :id",
                        ReportAttachment.class)
                .setParameter("school", deploymentPk).setParameter("id", attachmentId)
                .getResultStream().findFirst();
    }

    @Override
    public long count(long deploymentPk, long caseId) {
        return em.createQuery("select count(a) from ReportAttachment a where a.deploymentPk = :school"
                        + " and a.caseId = :id", Long.class)
                .setParameter("school", deploymentPk).setParameter("id", caseId).getSingleResult();
    }
}
