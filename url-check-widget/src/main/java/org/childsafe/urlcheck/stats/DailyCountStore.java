package org.childsafe.urlcheck.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.childsafe.lti.persistence.DatabaseMigrator;

/**
 * {@code urlcheck_daily_count}: adds to a counter row, creating it on first use. Several instances add to the
 * same rows: {@code UPDATE … SET checks = checks + ?} is atomic per row, and a lost race to insert the row
 * ({@code ON CONFLICT DO NOTHING} answers 0) is followed by the update again, on H2 and PostgreSQL alike.
 */
@ApplicationScoped
public class DailyCountStore {

    @Inject
    DatabaseMigrator database;

    private DataSource fixed;

    protected DailyCountStore() {
    }

    /** For tests outside the container. */
    public DailyCountStore(DataSource dataSource) {
        this.fixed = dataSource;
    }

    /** Adds {@code delta} to each count's row. */
    public void add(List<DailyCount> deltas) {
        try (Connection c = dataSource().getConnection()) {
            for (DailyCount delta : deltas) {
                if (update(c, delta) == 0 && insert(c, delta) == 0) {
                    update(c, delta);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store check counts.", e);
        }
    }

    /** The counts of one school from {@code from} to {@code to} inclusive, by day, verdict and category. */
    public List<DailyCount> between(long deploymentPk, LocalDate from, LocalDate to) {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT count_day, verdict, category, checks FROM urlcheck_daily_count WHERE deployment_pk = ?"
                        + " AND count_day BETWEEN ? AND ? ORDER BY count_day, verdict, category")) {
            ps.setLong(1, deploymentPk);
            ps.setObject(2, from);
            ps.setObject(3, to);
            List<DailyCount> counts = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.add(new DailyCount(deploymentPk, rs.getObject(1, LocalDate.class), rs.getString(2),
                            rs.getString(3), rs.getLong(4)));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read check counts.", e);
        }
    }

    private static int update(Connection c, DailyCount d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE urlcheck_daily_count SET checks = checks + ?"
                + " WHERE deployment_pk = ? AND count_day = ? AND verdict = ? AND category = ?")) {
            ps.setLong(1, d.checks());
            bindKey(ps, 2, d);
            return ps.executeUpdate();
        }
    }

    private static int insert(Connection c, DailyCount d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO urlcheck_daily_count"
                + " (deployment_pk, count_day, verdict, category, checks) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            bindKey(ps, 1, d);
            ps.setLong(5, d.checks());
            return ps.executeUpdate();
        }
    }

    private static void bindKey(PreparedStatement ps, int first, DailyCount d) throws SQLException {
        ps.setLong(first, d.deploymentPk());
        ps.setObject(first + 1, d.day());
        ps.setString(first + 2, d.verdict());
        ps.setString(first + 3, d.category());
    }

    private DataSource dataSource() {
        return fixed != null ? fixed : database.dataSource();
    }
}
