package org.childsafe.urlcheck.school;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.childsafe.lti.persistence.DatabaseMigrator;

/**
 * A school's age policy as stored: the default age band ({@code urlcheck_school_setting}) and the categories
 * whose rating the school changed for a band ({@code urlcheck_policy_rule}). Only differences from the engine's
 * defaults are rows, so a better default in a later release reaches every school that did not decide otherwise.
 * Values are the engine's enum names, kept as text.
 */
@ApplicationScoped
public class PolicyStore {

    /** One stored rule: in {@code ageBand}, links of {@code category} are rated {@code rating}. */
    public record Rule(String ageBand, String category, String rating) {
    }

    @Inject
    DatabaseMigrator database;

    private DataSource fixed;

    protected PolicyStore() {
    }

    /** For tests outside the container. */
    public PolicyStore(DataSource dataSource) {
        this.fixed = dataSource;
    }

    /** The school's default age band, if it chose one. */
    public Optional<String> defaultAgeBand(long deploymentPk) {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT default_age_band FROM urlcheck_school_setting WHERE deployment_pk = ?")) {
            ps.setLong(1, deploymentPk);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the school's age band.", e);
        }
    }

    /** Sets the school's default age band. */
    public void setDefaultAgeBand(long deploymentPk, String ageBand, Instant now) {
        try (Connection c = dataSource().getConnection()) {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE urlcheck_school_setting SET default_age_band = ?, updated_at = ? WHERE deployment_pk = ?")) {
                update.setString(1, ageBand);
                update.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                update.setLong(3, deploymentPk);
                if (update.executeUpdate() == 1) {
                    return;
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO urlcheck_school_setting"
                    + " (deployment_pk, default_age_band, updated_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                insert.setLong(1, deploymentPk);
                insert.setString(2, ageBand);
                insert.setObject(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the school's age band.", e);
        }
    }

    /** The school's rules, by band then category. */
    public List<Rule> rules(long deploymentPk) {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT age_band, category, rating FROM urlcheck_policy_rule WHERE deployment_pk = ?"
                        + " ORDER BY age_band, category")) {
            ps.setLong(1, deploymentPk);
            List<Rule> rules = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rules.add(new Rule(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return rules;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the school's age policy.", e);
        }
    }

    /** Replaces every rule of one age band of the school with {@code rules}. */
    public void replaceRules(long deploymentPk, String ageBand, List<Rule> rules) {
        try (Connection c = dataSource().getConnection()) {
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM urlcheck_policy_rule WHERE deployment_pk = ? AND age_band = ?")) {
                delete.setLong(1, deploymentPk);
                delete.setString(2, ageBand);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO urlcheck_policy_rule"
                    + " (deployment_pk, age_band, category, rating) VALUES (?, ?, ?, ?)")) {
                for (Rule rule : rules) {
                    insert.setLong(1, deploymentPk);
                    insert.setString(2, ageBand);
                    insert.setString(3, rule.category());
                    insert.setString(4, rule.rating());
                    insert.addBatch();
                }
                if (!rules.isEmpty()) {
                    insert.executeBatch();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the school's age policy.", e);
        }
    }

    private DataSource dataSource() {
        return fixed != null ? fixed : database.dataSource();
    }
}
