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
import javax.sql.DataSource;
import org.childsafe.lti.persistence.DatabaseMigrator;

/**
 * {@code urlcheck_school_entry} through plain, parameterised JDBC on the suite's JTA data source: inside a
 * container transaction the statements join it, so a list change and its audit record commit together.
 * The unique key {@code (deployment_pk, kind, entry_value)} makes a second entry for the same value impossible,
 * whichever list it was meant for.
 */
@ApplicationScoped
public class SchoolListStore {

    private static final String COLUMNS = "id, deployment_pk, list_type, kind, entry_value, note, created_at";

    @Inject
    DatabaseMigrator database;

    private DataSource fixed;

    protected SchoolListStore() {
    }

    /** For tests outside the container. */
    public SchoolListStore(DataSource dataSource) {
        this.fixed = dataSource;
    }

    /** Every entry of a school, allow entries first, then by value. */
    public List<SchoolListEntry> entries(long deploymentPk) {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM urlcheck_school_entry WHERE deployment_pk = ? ORDER BY list_type, entry_value, id")) {
            ps.setLong(1, deploymentPk);
            List<SchoolListEntry> entries = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(new SchoolListEntry(rs.getLong(1), rs.getLong(2), ListType.valueOf(rs.getString(3)),
                            EntryKind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                            rs.getObject(7, OffsetDateTime.class).toInstant()));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the school's lists.", e);
        }
    }

    /** How many entries a school has. */
    public int count(long deploymentPk) {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM urlcheck_school_entry WHERE deployment_pk = ?")) {
            ps.setLong(1, deploymentPk);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the school's list entries.", e);
        }
    }

    /** Whether the school already has an entry of this kind and value, in either list. */
    public boolean exists(long deploymentPk, EntryKind kind, String value) {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM urlcheck_school_entry WHERE deployment_pk = ? AND kind = ? AND entry_value = ?")) {
            ps.setLong(1, deploymentPk);
            ps.setString(2, kind.name());
            ps.setString(3, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the school's lists.", e);
        }
    }

    /** Stores a new entry and returns it with its id. */
    public SchoolListEntry add(long deploymentPk, ListType list, EntryKind kind, String value, String note, Instant now) {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO urlcheck_school_entry (deployment_pk, list_type, kind, entry_value, note, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            ps.setLong(1, deploymentPk);
            ps.setString(2, list.name());
            ps.setString(3, kind.name());
            ps.setString(4, value);
            ps.setString(5, note);
            ps.setObject(6, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return new SchoolListEntry(keys.getLong(1), deploymentPk, list, kind, value, note, now);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the list entry.", e);
        }
    }

    /** Deletes one entry of one school; {@code false} when the school has no such entry. */
    public boolean remove(long deploymentPk, long id) {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "DELETE FROM urlcheck_school_entry WHERE deployment_pk = ? AND id = ?")) {
            ps.setLong(1, deploymentPk);
            ps.setLong(2, id);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not delete the list entry.", e);
        }
    }

    private DataSource dataSource() {
        return fixed != null ? fixed : database.dataSource();
    }
}
