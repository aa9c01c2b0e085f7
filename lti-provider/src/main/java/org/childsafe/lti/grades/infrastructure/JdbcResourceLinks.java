package org.childsafe.lti.grades.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.childsafe.lti.grades.domain.LinkEndpoint;
import org.childsafe.lti.grades.domain.ResourceLinks;
import org.childsafe.lti.persistence.DatabaseMigrator;

/**
 * AGS endpoints per resource link in {@code lti_resource_link}. {@link #remember} is an update, then an
 * {@code INSERT … ON CONFLICT DO NOTHING}, then the update again: it never fails with a key violation when two
 * learners launch a new link at the same moment (which would abort the launch's transaction on PostgreSQL), and
 * it runs the same on H2 and PostgreSQL. Scopes are stored space-separated, like an OAuth {@code scope}.
 */
@ApplicationScoped
public class JdbcResourceLinks implements ResourceLinks {

    /** The column size of {@code ags_scopes}; a platform sending more is cut to the scopes that fit. */
    static final int MAX_SCOPES = 1000;

    @Inject
    DatabaseMigrator database;

    private DataSource fixed;

    protected JdbcResourceLinks() {
    }

    /** For tests outside the container. */
    public JdbcResourceLinks(DataSource dataSource) {
        this.fixed = dataSource;
    }

    @Override
    @Transactional(TxType.REQUIRED)
    public void remember(LinkEndpoint link) {
        try (Connection c = dataSource().getConnection()) {
            if (update(c, link) == 0 && insert(c, link) == 0) {
                update(c, link);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not remember the AGS endpoint of the resource link.", e);
        }
    }

    @Override
    @Transactional(TxType.SUPPORTS)
    public Optional<LinkEndpoint> find(long deploymentPk, String resourceLinkId) {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT context_pk, ags_scopes, ags_lineitems, ags_lineitem, updated_at FROM lti_resource_link"
                        + " WHERE deployment_pk = ? AND resource_link_id = ?")) {
            ps.setLong(1, deploymentPk);
            ps.setString(2, resourceLinkId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long context = rs.getLong(1);
                Long contextPk = rs.wasNull() ? null : context;
                String scopes = rs.getString(2);
                Set<String> scopeSet = scopes.isBlank() ? Set.of() : new TreeSet<>(Arrays.asList(scopes.split(" ")));
                return Optional.of(new LinkEndpoint(deploymentPk, resourceLinkId, contextPk, scopeSet,
                        rs.getString(3), rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the AGS endpoint of the resource link.", e);
        }
    }

    private static int update(Connection c, LinkEndpoint link) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE lti_resource_link SET context_pk = ?, ags_scopes = ?,"
                + " ags_lineitems = ?, ags_lineitem = ?, updated_at = ? WHERE deployment_pk = ? AND resource_link_id = ?")) {
            bindValues(ps, link, 1);
            ps.setLong(6, link.deploymentPk());
            ps.setString(7, link.resourceLinkId());
            return ps.executeUpdate();
        }
    }

    private static int insert(Connection c, LinkEndpoint link) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO lti_resource_link (context_pk, ags_scopes,"
                + " ags_lineitems, ags_lineitem, updated_at, deployment_pk, resource_link_id) VALUES (?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING")) {
            bindValues(ps, link, 1);
            ps.setLong(6, link.deploymentPk());
            ps.setString(7, link.resourceLinkId());
            return ps.executeUpdate();
        }
    }

    private static void bindValues(PreparedStatement ps, LinkEndpoint link, int first) throws SQLException {
        if (link.contextPk() == null) {
            ps.setNull(first, Types.BIGINT);
        } else {
            ps.setLong(first, link.contextPk());
        }
        ps.setString(first + 1, scopes(link.scopes()));
        ps.setString(first + 2, link.lineItems());
        ps.setString(first + 3, link.lineItem());
        ps.setObject(first + 4, JdbcGradeOutbox.utc(link.updatedAt()));
    }

    private static String scopes(Set<String> scopes) {
        StringBuilder joined = new StringBuilder();
        for (String scope : new TreeSet<>(scopes)) {
            if (scope.isBlank() || scope.contains(" ") || joined.length() + scope.length() + 1 > MAX_SCOPES) {
                continue;
            }
            joined.append(joined.isEmpty() ? "" : " ").append(scope);
        }
        return joined.toString();
    }

    private DataSource dataSource() {
        return fixed != null ? fixed : database.dataSource();
    }
}
