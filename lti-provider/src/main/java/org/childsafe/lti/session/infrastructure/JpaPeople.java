package org.childsafe.lti.session.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.childsafe.lti.session.domain.CounselorDesignation;
import org.childsafe.lti.session.domain.LtiContext;
import org.childsafe.lti.session.domain.LtiUser;
import org.childsafe.lti.session.domain.People;

/** JPA-backed {@link People}. */
@ApplicationScoped
public class JpaPeople implements People {

    @PersistenceContext(unitName = "childsafe")
    EntityManager em;

    protected JpaPeople() {
    }

    /** For tests outside the container. */
    public JpaPeople(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<LtiUser> findUser(long registrationId, String subject) {
        return em.createQuery("select u from LtiUser u where u.registrationId = :r and u.subject = :s", LtiUser.class)
                .setParameter("r", registrationId).setParameter("s", subject)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<LtiUser> findUser(long userId) {
        return Optional.ofNullable(em.find(LtiUser.class, userId));
    }

    @Override
    public LtiUser saveUser(LtiUser user) {
        if (user.id() == null) {
            em.persist(user);
            return user;
        }
        return em.merge(user);
    }

    @Override
    public Optional<LtiContext> findContext(long deploymentPk, String contextId) {
        return em.createQuery("select c from LtiContext c where c.deploymentPk = :d and c.contextId = :c", LtiContext.class)
                .setParameter("d", deploymentPk).setParameter("c", contextId)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<LtiContext> findContext(long contextPk) {
        return Optional.ofNullable(em.find(LtiContext.class, contextPk));
    }

    @Override
    public LtiContext saveContext(LtiContext context) {
        if (context.id() == null) {
            em.persist(context);
            return context;
        }
        return em.merge(context);
    }

    @Override
    public boolean isCounselor(long deploymentPk, long userId) {
        return !em.createQuery("select c.id from CounselorDesignation c where c.deploymentPk = :d and c.userId = :u", Long.class)
                .setParameter("d", deploymentPk).setParameter("u", userId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<CounselorDesignation> counselors(long deploymentPk) {
        return em.createQuery("select c from CounselorDesignation c where c.deploymentPk = :d order by c.createdAt", CounselorDesignation.class)
                .setParameter("d", deploymentPk).getResultList();
    }

    @Override
    public void designate(CounselorDesignation designation) {
        em.persist(designation);
    }

    @Override
    public boolean revoke(long deploymentPk, long userId) {
        return em.createQuery("delete from CounselorDesignation c where c.deploymentPk = :d and c.userId = :u")
                .setParameter("d", deploymentPk).setParameter("u", userId).executeUpdate() > 0;
    }

    @Override
    public List<LtiUser> staff(long registrationId) {
        return em.createQuery("select u from LtiUser u where u.registrationId = :r and u.displayName is not null order by u.lastLaunchAt desc", LtiUser.class)
                .setParameter("r", registrationId).setMaxResults(500).getResultList();
    }
}
