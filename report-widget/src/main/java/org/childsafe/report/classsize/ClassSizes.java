package org.childsafe.report.classsize;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.childsafe.report.crypto.CaseCrypto;

/**
 * Counts the distinct learners who opened the report widget in a course ({@code report_course_member}), each
 * stored only as a keyed pseudonym ({@link CaseCrypto#pseudonym}). The platform does not tell the tool a class's
 * size at launch, so this is a lower bound that grows as learners use the widget: a course is "small" while fewer
 * than the school's {@code small-class-minimum} learners are known, and the form then warns the reporter that
 * details they write could let someone guess who they are. Erring towards the warning is the safe side.
 */
@ApplicationScoped
public class ClassSizes {

    @PersistenceContext(unitName = "childsafe")
    EntityManager em;

    @Inject
    CaseCrypto crypto;

    protected ClassSizes() {
    }

    /** For tests outside the container. */
    public ClassSizes(EntityManager em, CaseCrypto crypto) {
        this.em = em;
        this.crypto = crypto;
    }

    /** Notes that a learner opened the widget in the course (idempotent). */
    @Transactional
    public void recordLearner(long contextPk, long userId) {
        String key = crypto.pseudonym("course-member", contextPk + ":" + userId);
        Number known = (Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM report_course_member WHERE context_pk = ?1 AND member_key = ?2")
                .setParameter(1, contextPk).setParameter(2, key).getSingleResult();
        if (known.longValue() == 0) {
            em.createNativeQuery("INSERT INTO report_course_member (context_pk, member_key) VALUES (?1, ?2)")
                    .setParameter(1, contextPk).setParameter(2, key).executeUpdate();
        }
    }

    /** How many distinct learners are known in the course. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long knownLearners(long contextPk) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM report_course_member WHERE context_pk = ?1")
                .setParameter(1, contextPk).getSingleResult()).longValue();
    }

    /** Whether fewer than {@code minimum} learners are known in the course. */
    public boolean isSmall(long contextPk, int minimum) {
        return knownLearners(contextPk) < minimum;
    }
}
