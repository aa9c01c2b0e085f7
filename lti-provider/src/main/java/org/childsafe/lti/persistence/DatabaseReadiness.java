package org.childsafe.lti.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** {@code /health/ready}: the database answers and every module's migrations have been applied. */
@Readiness
@ApplicationScoped
class DatabaseReadiness implements HealthCheck {

    @Inject
    DatabaseMigrator migrator;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        migrator.failure().ifPresentOrElse(
                reason -> response.down().withData("migrations", reason),
                () -> response.withData("migrations", "complete"));
        try (Connection connection = migrator.dataSource().getConnection()) {
            boolean valid = connection.isValid(2);
            response.withData("connection", valid ? "ok" : "invalid");
            if (!valid) {
                response.down();
            } else if (migrator.failure().isEmpty()) {
                response.up();
            }
        } catch (SQLException | IllegalStateException e) {
            response.down().withData("connection", e.getClass().getSimpleName());
        }
        return response.build();
    }
}
