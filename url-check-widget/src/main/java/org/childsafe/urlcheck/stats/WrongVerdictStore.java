package org.childsafe.urlcheck.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.childsafe.lti.persistence.DatabaseMigrator;

/**
 * "Tell us this is wrong" reports ({@code urlcheck_wrong_verdict}): the canonical link, the verdict it got, an
 * optional comment and the day. Who reported it is never stored, not even as an id, so a child can say "this
 * game is not unsafe" without being tracked.
 *
 * <p>Reports are deleted by age ({@link #deleteReportedBefore}, run by {@link WrongVerdictRetention}): the settings
 * pages list only open reports, so a report is useful while it is new; its free-text comment may come from a child.
 */
@ApplicationScoped
public class WrongVerdictStore {

    /** One report as the school's administrator sees it. */
    public record WrongVerdict(long id, Long deploymentPk, String canonicalUrl, String verdict, String comment,
            LocalDate reportedOn, boolean resolved) {
    }

    @Inject
    DatabaseMigrator database;

    private DataSource fixed;

    protected WrongVerdictStore() {
    }

    /** For tests outside the container. */
    public WrongVerdictStore(DataSource dataSource) {
        this.fixed = dataSource;
    }

    /** Stores a report; {@code deploymentPk} is {@code null} outside any school. */
    public void add(Long deploymentPk, String canonicalUrl, String verdict, String comment, LocalDate day) {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO urlcheck_wrong_verdict (deployment_pk, canonical_url, verdict, comment, reported_on)"
                        + " VALUES (?, ?, ?, ?, ?)")) {
            if (deploymentPk == null) {
                ps.setNull(1, Types.BIGINT);
            } else {
                ps.setLong(1, deploymentPk);
            }
            ps.setString(2, canonicalUrl);
            ps.setString(3, verdict);
            ps.setString(4, comment);
            ps.setObject(5, day);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the report.", e);
        }
    }

    /** Open reports of a school ({@code null} = outside any school, for the operator), newest first. */
    public List<WrongVerdict> open(Long deploymentPk, int max) {
        String where = deploymentPk == null ? "deployment_pk IS NULL" : "deployment_pk = ?";
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, deployment_pk, canonical_url, verdict, comment, reported_on, resolved FROM urlcheck_wrong_verdict"
                        + " WHERE " + where + " AND resolved = FALSE ORDER BY reported_on DESC, id DESC")) {
            if (deploymentPk != null) {
                ps.setLong(1, deploymentPk);
            }
            ps.setMaxRows(max);
            List<WrongVerdict> reports = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long school = rs.getLong(2);
                    reports.add(new WrongVerdict(rs.getLong(1), rs.wasNull() ? null : school, rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getBoolean(7)));
                }
            }
            return reports;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read reports.", e);
        }
    }

    /** Marks a school's report as dealt with; {@code false} if the school has no such open report. */
    public boolean resolve(long deploymentPk, long id) {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE urlcheck_wrong_verdict SET resolved = TRUE WHERE id = ? AND deployment_pk = ? AND resolved = FALSE")) {
            ps.setLong(1, id);
            ps.setLong(2, deploymentPk);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update the report.", e);
        }
    }

    /**
     * Deletes every report, open or resolved, of every school and outside any school, made on a day strictly before
     * {@code day}. Joins the caller's transaction in the container.
     *
     * @return how many were deleted
     */
    public int deleteReportedBefore(LocalDate day) {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "DELETE FROM urlcheck_wrong_verdict WHERE reported_on < ?")) {
            ps.setObject(1, day);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not delete old reports.", e);
        }
    }

    private DataSource dataSource() {
        return fixed != null ? fixed : database.dataSource();
    }
}
