package org.childsafe.lti.registration.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.childsafe.lti.registration.domain.Deployment;
import org.childsafe.lti.registration.domain.Registration;
import org.childsafe.lti.registration.domain.RegistrationRepository;

/** JPA-backed {@link RegistrationRepository}. */
@ApplicationScoped
public class JpaRegistrationRepository implements RegistrationRepository {

    @PersistenceContext(unitName = "childsafe")
    EntityManager em;

    protected JpaRegistrationRepository() {
    }

    /** For tests outside the container. */
    public JpaRegistrationRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Registration> findById(long id) {
        return Optional.ofNullable(em.find(Registration.class, id));
    }

    @Override
    public Optional<Registration> findByIssuerAndClientId(String issuer, String clientId) {
        return em.createQuery("select r from Registration r where r.issuer = :iss and r.clientId = :cid", Registration.class)
                .setParameter("iss", issuer)
                .setParameter("cid", clientId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Registration> findByIssuer(String issuer) {
        return em.createQuery("select r from Registration r where r.issuer = :iss order by r.id", Registration.class)
                .setParameter("iss", issuer)
                .getResultList();
    }

    @Override
    public List<Registration> findAll() {
        return em.createQuery("select r from Registration r order by r.displayName, r.id", Registration.class).getResultList();
    }

    /**
     * Persists a new or managed registration (on a managed one, {@code persist} cascades to deployments added
     * since it was loaded, which get their ids at once); merges a detached one.
     */
    @Override
    public Registration save(Registration registration) {
        if (registration.id() == null || em.contains(registration)) {
            em.persist(registration);
            return registration;
        }
        return em.merge(registration);
    }

    @Override
    public Optional<Deployment> findDeployment(long deploymentPk) {
        return Optional.ofNullable(em.find(Deployment.class, deploymentPk));
    }

    @Override
    public Optional<Deployment> findDeploymentByPublicId(String publicId) {
        return em.createQuery("select d from Deployment d join fetch d.registration where d.publicId = :id", Deployment.class)
                .setParameter("id", publicId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void delete(Registration registration) {
        em.remove(em.contains(registration) ? registration : em.merge(registration));
    }

    @Override
    public void flush() {
        em.flush();
    }
}
