package org.childsafe.lessons.attempt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** {@link AttemptRepository} with JPA; JPQL with parameters only. */
@ApplicationScoped
public class JpaAttemptRepository implements AttemptRepository {

    @PersistenceContext(unitName = "childsafe")
    EntityManager em;

    protected JpaAttemptRepository() {
    }

    /** For persistence tests in Java SE. */
    public JpaAttemptRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public LessonAttempt save(LessonAttempt attempt) {
        if (attempt.id() == null) {
            em.persist(attempt);
            em.flush();
            return attempt;
        }
        return em.merge(attempt);
    }

    @Override
    public Optional<LessonAttempt> find(long attemptId) {
        return Optional.ofNullable(em.find(LessonAttempt.class, attemptId));
    }

    @Override
    public Optional<LessonAttempt> inProgress(long deploymentPk, long userId, String lessonId) {
        return em.createQuery("""
                        SELECT a FROM LessonAttempt a WHERE a.deploymentPk = :deployment AND a.userId = :user
                        AND a.lessonId = :lesson AND a.status = :status ORDER BY a.startedAt DESC, a.id DESC""",
                        LessonAttempt.class)
                .setParameter("deployment", deploymentPk).setParameter("user", userId)
                .setParameter("lesson", lessonId).setParameter("status", AttemptStatus.IN_PROGRESS)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<LessonAttempt> completed(long deploymentPk, long userId, String lessonId) {
        return em.createQuery("""
                        SELECT a FROM LessonAttempt a WHERE a.deploymentPk = :deployment AND a.userId = :user
                        AND a.lessonId = :lesson AND a.status = :status ORDER BY a.completedAt, a.id""",
                        LessonAttempt.class)
                .setParameter("deployment", deploymentPk).setParameter("user", userId)
                .setParameter("lesson", lessonId).setParameter("status", AttemptStatus.COMPLETED)
                .getResultList();
    }

    @Override
    public void saveAnswers(List<LessonAnswer> answers) {
        answers.forEach(em::persist);
    }

    @Override
    public List<LessonAttempt> ofCourse(long deploymentPk, Long contextPk) {
        String context = contextPk == null ? "a.contextPk IS NULL" : "a.contextPk = :context";
        var query = em.createQuery("SELECT a FROM LessonAttempt a WHERE a.deploymentPk = :deployment AND " + context
                + " ORDER BY a.startedAt, a.id", LessonAttempt.class).setParameter("deployment", deploymentPk);
        if (contextPk != null) {
            query.setParameter("context", contextPk);
        }
        return query.getResultList();
    }

    @Override
    public List<LessonAnswer> answersOfCourse(long deploymentPk, Long contextPk, String lessonId) {
        String context = contextPk == null ? "a.contextPk IS NULL" : "a.contextPk = :context";
        var query = em.createQuery("SELECT n FROM LessonAnswer n, LessonAttempt a WHERE n.attemptId = a.id"
                + " AND a.deploymentPk = :deployment AND a.lessonId = :lesson AND " + context, LessonAnswer.class)
                .setParameter("deployment", deploymentPk).setParameter("lesson", lessonId);
        if (contextPk != null) {
            query.setParameter("context", contextPk);
        }
        return query.getResultList();
    }
}
