package org.childsafe.deploy;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The suite's one data source, {@code java:global/jdbc/childsafe}. Every attribute comes from MicroProfile Config
 * (environment variables {@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}, {@code DB_DATASOURCE_CLASS}),
 * with the embedded H2 file database as the default so the suite runs with no setup.
 *
 * <p>For PostgreSQL set {@code DB_URL=jdbc:postgresql://host:5432/childsafe} and
 * {@code DB_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource}. Payara resolves {@code ${MPCONFIG=...}}
 * before the application's own config sources load, so these defaults are written here and not in
 * {@code microprofile-config.properties}.
 */
@DataSourceDefinition(
        name = "java:global/jdbc/childsafe",
        className = "${MPCONFIG=db.datasource-class:org.h2.jdbcx.JdbcDataSource}",
        url = "${MPCONFIG=db.url:jdbc:h2:file:./data/childsafe;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH}",
        user = "${MPCONFIG=db.user:childsafe}",
        password = "${MPCONFIG=db.password:childsafe}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit",
            "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class ChildSafeDataSource {
}
