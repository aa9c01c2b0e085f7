package org.childsafe.report.cases.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import org.childsafe.report.cases.domain.MessageAuthor;
import org.childsafe.report.cases.domain.ReportMessage;
import org.childsafe.report.cases.domain.ReportMessageRepository;

/** JPA {@link ReportMessageRepository}; messages are inserted, never updated. */
@ApplicationScoped
public class JpaReportMessageRepository implements ReportMessageRepository {

    @PersistenceContext(unitName = "childsafe")
    EntityManager em;

    protected JpaReportMessageRepository() {
    }

    /** For tests outside the container. */
    public JpaReportMessageRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "Entity manager is required.");
    }

    @Override
    public ReportMessage save(ReportMessage message) {
        Objects.requireNonNull(message, "Message is required.");
        if (!em.contains(message)) {
            em.persist(message);
            em.flush();
        }
        return message;
    }

    @Override
    public List<ReportMessage> thread(long deploymentPk, long caseId) {
        return em.createQuery("select m from ReportMessage m where m.deploymentPk = :school and m.caseId = :id"
                        + " order by m.createdAt, m.id", ReportMessage.class)
                .setParameter("school", deploymentPk).setParameter("id", caseId)
                .getResultList();
    }

    @Override
    public long count(long deploymentPk, long caseId, MessageAuthor author) {
        return em.createQuery("select count(m) from ReportMessage m where m.deploymentPk = :school"
                        + " and m.caseId = :id and m.author = :author", Long.class)
                .setParameter("school", deploymentPk).setParameter("id", caseId).setParameter("author", author)
                .getSingleResult();
    }
}
