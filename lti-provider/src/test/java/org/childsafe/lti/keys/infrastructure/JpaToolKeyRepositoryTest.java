package org.childsafe.lti.keys.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childsafe.lti.keys.domain.KeyStatus.CURRENT;
import static org.childsafe.lti.keys.domain.KeyStatus.NEXT;
import static org.childsafe.lti.keys.domain.KeyStatus.PREVIOUS;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.childsafe.lti.keys.application.ToolKeyTestData;
import org.childsafe.lti.keys.domain.ToolKey;
import org.hibernate.cfg.Configuration;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mapping against the agreed {@code tool_key} DDL, on H2 with Hibernate outside a container. Hibernate's
 * {@code validate} mode fails the bootstrap if a column name or type does not match.
 */
class JpaToolKeyRepositoryTest {

    /** Exactly the DDL of the Flyway migration. */
    static final String DDL = """
            CREATE TABLE tool_key (
              kid VARCHAR(64) PRIMARY KEY,
              status VARCHAR(16) NOT NULL,
              public_jwk VARCHAR(4000) NOT NULL,
              private_key_enc VARCHAR(8000) NOT NULL,
              kek_id VARCHAR(64) NOT NULL,
              created_at TIMESTAMP WITH TIME ZONE NOT NULL,
              activated_at TIMESTAMP WITH TIME ZONE,
              retired_at TIMESTAMP WITH TIME ZONE
            )""";

    private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private EntityManagerFactory emf;

    @BeforeEach
    void createSchemaAndValidateMapping() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(DDL);
        }
        emf = new Configuration().addAnnotatedClass(ToolKey.class)
                .setProperty("hibernate.connection.url", url)
                .setProperty("hibernate.hbm2ddl.auto", "validate")
                .setProperty("hibernate.jdbc.time_zone", "UTC")
                .setProperty("hibernate.type.json_format_mapper", NoJsonFormatMapper.class.getName())
                .buildSessionFactory();
    }

    @AfterEach
    void close() {
        emf.close();
    }

    @Test
    void storesAndFindsKeysByStatus() {
        ToolKey current = ToolKeyTestData.newKey("childsafe-1", CURRENT, ToolKeyTestData.START);
        inTransaction(repository -> repository.save(current));
        inTransaction(repository -> repository.save(ToolKeyTestData.newKey("childsafe-2", NEXT, ToolKeyTestData.START)));

        List<ToolKey> found = inTransaction(repository -> repository.findByStatus(CURRENT));

        assertThat(found).singleElement().satisfies(key -> {
            assertThat(key.kid()).isEqualTo("childsafe-1");
            assertThat(key.createdAt()).isEqualTo(ToolKeyTestData.START);
            assertThat(key.activatedAt()).contains(ToolKeyTestData.START);
            assertThat(key.publicKey()).isEqualTo(current.publicKey());
            assertThat(key.privateKeyEnc()).isEqualTo(current.privateKeyEnc());
            assertThat(key.kekId()).isEqualTo(current.kekId());
        });
    }

    @Test
    void publishedKeysExcludeRetiredOnes() {
        inTransaction(repository -> repository.save(ToolKeyTestData.newKey("childsafe-1", CURRENT, ToolKeyTestData.START)));
        inTransaction(repository -> repository.save(ToolKeyTestData.newKey("childsafe-2", NEXT, ToolKeyTestData.START)));
        inTransaction(repository -> {
            ToolKey first = repository.findByStatus(CURRENT).get(0);
            first.demote();
            first.retire(ToolKeyTestData.START.plusSeconds(60));
            return first;
        });

        List<ToolKey> published = inTransaction(JpaToolKeyRepository::findAllPublished);
        List<ToolKey> all = inTransaction(JpaToolKeyRepository::findAll);
        List<ToolKey> previous = inTransaction(repository -> repository.findByStatus(PREVIOUS));

        assertThat(published).extracting(ToolKey::kid).containsExactly("childsafe-2");
        assertThat(all).extracting(ToolKey::kid).containsExactly("childsafe-1", "childsafe-2");
        assertThat(previous).isEmpty();
    }

    @Test
    void savingANewKeyUnderAnExistingKidFailsAndKeepsTheStoredKey() {
        ToolKey original = ToolKeyTestData.newKey("childsafe-1", CURRENT, ToolKeyTestData.START);
        inTransaction(repository -> repository.save(original));
        ToolKey concurrent = ToolKeyTestData.newKey("childsafe-1", CURRENT, ToolKeyTestData.START);

        assertThrows(PersistenceException.class, () -> inTransaction(repository -> repository.save(concurrent)));

        List<ToolKey> stored = inTransaction(JpaToolKeyRepository::findAll);
        assertThat(stored).singleElement().extracting(ToolKey::privateKeyEnc).isEqualTo(original.privateKeyEnc());
    }

    @Test
    void storesStatusAsItsName() throws SQLException {
        inTransaction(repository -> repository.save(ToolKeyTestData.newKey("childsafe-1", NEXT, ToolKeyTestData.START)));

        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT status FROM tool_key")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("NEXT");
        }
    }

    /**
     * The test class path has the JSON-B API but no implementation (Payara provides one), and Hibernate probes for
     * it at bootstrap; the mapping has no JSON column, so a mapper that is never called is enough.
     */
    public static final class NoJsonFormatMapper implements FormatMapper {

        @Override
        public <T> T fromString(CharSequence value, JavaType<T> javaType, WrapperOptions options) {
            throw new UnsupportedOperationException("No JSON columns are mapped.");
        }

        @Override
        public <T> String toString(T value, JavaType<T> javaType, WrapperOptions options) {
            throw new UnsupportedOperationException("No JSON columns are mapped.");
        }
    }

    private <T> T inTransaction(Function<JpaToolKeyRepository, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(new JpaToolKeyRepository(em));
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
