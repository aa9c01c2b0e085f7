package org.childsafe.lti.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * One migrated test database with its {@link EntityManagerFactory}, made by {@link TestPersistence}. Work runs in
 * resource-local transactions that commit when the block returns and roll back when it throws; each block gets
 * its own {@link EntityManager}, so what a block returns is detached and a later block reads from the database.
 *
 * <p>The method names follow Hibernate's {@code SessionFactory#inTransaction} and {@code #fromTransaction}.
 */
public final class PersistenceFixture implements AutoCloseable {

    private final TestDatabase.Created database;
    private final EntityManagerFactory entityManagerFactory;

    PersistenceFixture(TestDatabase.Created database, EntityManagerFactory entityManagerFactory) {
        this.database = database;
        this.entityManagerFactory = entityManagerFactory;
    }

    /**
     * Runs {@code work} in a new transaction and commits it.
     *
     * @param work what to do with the entity manager
     */
    public void inTransaction(Consumer<EntityManager> work) {
        fromTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /**
     * Runs {@code work} in a new transaction, commits it and returns the result.
     *
     * @param work what to do with the entity manager
     * @param <T>  the result type
     * @return what {@code work} returned, detached
     * @throws jakarta.persistence.PersistenceException as the provider throws it, from {@code work} or the commit
     */
    public <T> T fromTransaction(Function<EntityManager, T> work) {
        EntityManager em = entityManagerFactory.createEntityManager();
        EntityTransaction transaction = em.getTransaction();
        try {
            transaction.begin();
            T result = work.apply(em);
            transaction.commit();
            return result;
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            em.close();
        }
    }

    /** The factory, for tests that need several entity managers at once. */
    public EntityManagerFactory entityManagerFactory() {
        return entityManagerFactory;
    }

    /** Plain JDBC to the same database, for checks below JPA (constraints, stored values). */
    public DataSource dataSource() {
        return database.dataSource();
    }

    /** Which database this is. */
    public TestDatabase kind() {
        return database.kind();
    }

    /** Closes the factory, then drops the database. */
    @Override
    public void close() {
        try {
            entityManagerFactory.close();
        } finally {
            database.close();
        }
    }

    @Override
    public String toString() {
        return database.kind() + " " + database.name();
    }
}
