package org.childsafe.lti.admin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * {@link ToolSettings} over plain JDBC, usable at start-up before any request or transaction exists. An insert
 * that hits the primary key (SQLSTATE class 23, integrity constraint violation) means another node stored the
 * value first; that is reported as {@code false}, not as an error.
 */
final class JdbcToolSettings implements ToolSettings {

    private final DataSource dataSource;

    JdbcToolSettings(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<String> find(String name) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT setting_value FROM tool_setting WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read tool setting " + name + ".", e);
        }
    }

    @Override
    public boolean insertIfAbsent(String name, String value, Instant now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO tool_setting (name, setting_value, updated_at) VALUES (?, ?, ?)")) {
            insert.setString(1, name);
            insert.setString(2, value);
            insert.setObject(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return false;
            }
            throw new IllegalStateException("Could not store tool setting " + name + ".", e);
        }
    }
}
