package org.childsafe.lti.launch.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.childsafe.lti.persistence.DatabaseMigrator;

/**
 * Single-use codes that hand a freshly validated launch over to a top-level window of the tool, for browsers that
 * refuse the tool's cookies inside the LMS frame (ADR 0009). The code is 256 random bits, valid for
 * {@value #TTL_SECONDS} seconds, and consumed by exactly one request of any instance: the row is deleted and the
 * delete's count decides.
 *
 * <p>The payload is the new session's attributes, Java-serialised and read back through an allow-list filter
 * (only ChildSafe's own types, {@code java.lang}, {@code java.util} and {@code java.time}), so a tampered row
 * cannot instantiate anything else.
 */
@ApplicationScoped
public class JdbcSessionHandoffs {

    /** How long a hand-over code can be used. */
    public static final int TTL_SECONDS = 180;

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final ObjectInputFilter ALLOWED = ObjectInputFilter.Config.createFilter(
            "maxdepth=20;maxrefs=10000;maxbytes=262144;org.childsafe.**;java.lang.*;java.util.*;java.time.*;java.net.URI;!*");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    DatabaseMigrator database;

    private DataSource fixed;

    protected JdbcSessionHandoffs() {
    }

    /** For tests outside the container. */
    JdbcSessionHandoffs(DataSource dataSource) {
        this.fixed = dataSource;
    }

    /** Stores the attributes under a new code and returns the code; expired codes are purged on the way. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String put(Map<String, Serializable> attributes, Instant now) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        try (Connection c = dataSource().getConnection()) {
            try (PreparedStatement purge = c.prepareStatement("DELETE FROM lti_session_handoff WHERE expires_at < ?")) {
                purge.setObject(1, utc(now));
                purge.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO lti_session_handoff (code, payload, expires_at) VALUES (?, ?, ?)")) {
                insert.setString(1, code);
                insert.setString(2, serialise(attributes));
                insert.setObject(3, utc(now.plusSeconds(TTL_SECONDS)));
                insert.executeUpdate();
            }
            return code;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the session hand-over.", e);
        }
    }

    /** Consumes a code: its attributes if it exists and has not expired, once; empty for anything else. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Map<String, Serializable>> take(String code, Instant now) {
        if (code == null || !CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        try (Connection c = dataSource().getConnection()) {
            String payload;
            OffsetDateTime expires;
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT payload, expires_at FROM lti_session_handoff WHERE code = ?")) {
                select.setString(1, code);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    payload = row.getString(1);
                    expires = row.getObject(2, OffsetDateTime.class);
                }
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM lti_session_handoff WHERE code = ?")) {
                delete.setString(1, code);
                if (delete.executeUpdate() != 1 || expires.toInstant().isBefore(now)) {
                    return Optional.empty();
                }
            }
            return Optional.of(deserialise(payload));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the session hand-over.", e);
        }
    }

    static String serialise(Map<String, Serializable> attributes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new LinkedHashMap<>(attributes));
        } catch (IOException e) {
            throw new IllegalStateException("Session attributes are not serialisable.", e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Serializable> deserialise(String payload) {
        try (ObjectInputStream in = new ApplicationObjectInputStream(Base64.getDecoder().decode(payload))) {
            in.setObjectInputFilter(ALLOWED);
            return (Map<String, Serializable>) in.readObject();
        } catch (IOException | ClassNotFoundException | ClassCastException | IllegalArgumentException e) {
            throw new IllegalStateException("Unreadable session hand-over.", e);
        }
    }

    /** Resolves classes with the application's class loader (the JDK default would not see the WAR's classes). */
    private static final class ApplicationObjectInputStream extends ObjectInputStream {

        ApplicationObjectInputStream(byte[] bytes) throws IOException {
            super(new ByteArrayInputStream(bytes));
        }

        @Override
        protected Class<?> resolveClass(java.io.ObjectStreamClass descriptor) throws IOException, ClassNotFoundException {
            try {
                return Class.forName(descriptor.getName(), false, JdbcSessionHandoffs.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                return super.resolveClass(descriptor);
            }
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return JdbcStateStore.utc(instant);
    }

    private DataSource dataSource() {
        return fixed != null ? fixed : database.dataSource();
    }
}
