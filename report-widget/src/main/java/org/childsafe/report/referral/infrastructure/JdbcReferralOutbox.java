package org.childsafe.report.referral.infrastructure;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.childsafe.lti.keys.application.KeyCipher;
import org.childsafe.lti.keys.application.KeyDecryptionException;
import org.childsafe.lti.persistence.DatabaseMigrator;
import org.childsafe.report.referral.application.ClaimedReferral;
import org.childsafe.report.referral.application.DeliveryOutcome;
import org.childsafe.report.referral.application.ReferralOutbox;
import org.childsafe.report.referral.application.ReferralView;
import org.childsafe.report.referral.domain.DeliveryState;
import org.childsafe.report.referral.domain.NetworkStatus;
import org.childsafe.report.referral.domain.ReferralPayload;

/**
 * {@link ReferralOutbox} in plain, parameterised SQL that runs on H2 and PostgreSQL alike.
 *
 * <h2>Claiming</h2>
 * A claim first reads the ids of due rows, then takes each with
 * {@code UPDATE … SET lease_owner = ?, lease_until = ? WHERE id = ? AND state = 'PENDING' AND next_attempt_at <= ?
 * AND (lease_until IS NULL OR lease_until < ?)}. The database serialises the two updates of a race and the second
 * one matches no row, so without {@code SELECT … FOR UPDATE SKIP LOCKED} (which H2 lacks) no row is ever taken by
 * two owners at once. Each statement runs in its own short transaction; nothing is held open during the HTTP call.
 *
 * <h2>Encryption</h2>
 * The payload is encrypted with the tool's {@link KeyCipher} (AES-256-GCM under the key-encryption key), with
 * {@code report-referral:<idempotency key>} as associated data, so a ciphertext moved to another row fails to
 * decrypt rather than being sent under the wrong identity.
 */
@ApplicationScoped
public class JdbcReferralOutbox implements ReferralOutbox {

    private static final Logger LOG = Logger.getLogger(JdbcReferralOutbox.class.getName());
    private static final String VIEW_COLUMNS = "id, case_reference, state, attempts, next_attempt_at, last_error,"
            + " identity_included, created_at, delivered_at, network_status, network_reference, network_message";

    @Inject
    DatabaseMigrator database;

    @Inject
    KeyCipher cipher;

    @Inject
    Clock clock;

    private DataSource fixed;

    protected JdbcReferralOutbox() {
    }

    /** For tests outside the container. */
    public JdbcReferralOutbox(DataSource dataSource, KeyCipher cipher, Clock clock) {
        this.fixed = dataSource;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    @Transactional(TxType.MANDATORY)
    public Enqueued enqueue(long deploymentPk, long caseId, ReferralPayload payload) {
        String key = UUID.randomUUID().toString();
        Instant now = clock.instant();
        byte[] json = JSONObjectUtils.toJSONString(payload.toJson()).getBytes(StandardCharsets.UTF_8);
        String sql = "INSERT INTO report_referral (deployment_pk, case_id, case_reference, idempotency_key, state,"
                + " attempts, next_attempt_at, kek_id, payload_enc, identity_included, legal_basis, created_at)"
                + " VALUES (?, ?, ?, ?, 'PENDING', 0, ?, ?, ?, ?, ?, ?)";
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
            ps.setLong(1, deploymentPk);
            ps.setLong(2, caseId);
            ps.setString(3, payload.caseReference());
            ps.setString(4, key);
            ps.setObject(5, utc(now));
            ps.setString(6, cipher.kekId());
            ps.setString(7, cipher.encrypt(json, aad(key)));
            ps.setBoolean(8, payload.child() != null);
            ps.setString(9, payload.childIdentity().map(child -> child.legalBasis().name()).orElse(null));
            ps.setObject(10, utc(now));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return new Enqueued(keys.getLong(1), key, payload.caseReference());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the referral in the outbox.", e);
        }
    }

    @Override
    @Transactional(TxType.SUPPORTS)
    public Optional<String> caseReferenceOf(long deploymentPk, long caseId) {
        String sql = "SELECT case_reference FROM report_referral WHERE deployment_pk = ? AND case_id = ? ORDER BY id LIMIT 1";
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, deploymentPk);
            ps.setLong(2, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the case reference.", e);
        }
    }

    @Override
    @Transactional(TxType.NOT_SUPPORTED)
    public List<ClaimedReferral> claimDue(String owner, Duration lease, int max) {
        Instant now = clock.instant();
        List<ClaimedReferral> claimed = new ArrayList<>();
        for (long id : dueIds(now, max)) {
            if (takeLease(id, owner, now, now.plus(lease))) {
                load(id, owner).ifPresent(claimed::add);
            }
        }
        return claimed;
    }

    @Override
    @Transactional(TxType.NOT_SUPPORTED)
    public boolean recordDelivered(long id, String owner, int attempts, DeliveryOutcome outcome) {
        String sql = "UPDATE report_referral SET state = 'DELIVERED', attempts = ?, delivered_at = ?, last_error = NULL,"
                + " last_http_status = ?, network_reference = COALESCE(network_reference, ?), lease_owner = NULL,"
                + " lease_until = NULL WHERE id = ? AND lease_owner = ? AND state = 'PENDING'";
        return update(sql, ps -> {
            ps.setInt(1, attempts);
            ps.setObject(2, utc(clock.instant()));
            ps.setInt(3, outcome.httpStatus());
            ps.setString(4, outcome.networkReference());
            ps.setLong(5, id);
            ps.setString(6, owner);
        }) == 1;
    }

    @Override
    @Transactional(TxType.NOT_SUPPORTED)
    public boolean recordFailed(long id, String owner, int attempts, DeliveryOutcome outcome, Instant nextAttempt,
            boolean dead) {
        String sql = "UPDATE report_referral SET state = ?, attempts = ?, next_attempt_at = ?, last_error = ?,"
                + " last_http_status = ?, lease_owner = NULL, lease_until = NULL"
                + " WHERE id = ? AND lease_owner = ? AND state = 'PENDING'";
        return update(sql, ps -> {
            ps.setString(1, dead ? DeliveryState.DEAD.name() : DeliveryState.PENDING.name());
            ps.setInt(2, attempts);
            ps.setObject(3, utc(nextAttempt));
            ps.setString(4, clip(outcome.error(), 100));
            if (outcome.httpStatus() > 0) {
                ps.setInt(5, outcome.httpStatus());
            } else {
                ps.setNull(5, Types.INTEGER);
            }
            ps.setLong(6, id);
            ps.setString(7, owner);
        }) == 1;
    }

    @Override
    @Transactional(TxType.REQUIRED)
    public boolean requeue(long deploymentPk, long id) {
        String sql = "UPDATE report_referral SET state = 'PENDING', attempts = 0, next_attempt_at = ?, lease_owner = NULL,"
                + " lease_until = NULL WHERE id = ? AND deployment_pk = ? AND state = 'DEAD'";
        return update(sql, ps -> {
            ps.setObject(1, utc(clock.instant()));
            ps.setLong(2, id);
            ps.setLong(3, deploymentPk);
        }) == 1;
    }

    @Override
    @Transactional(TxType.MANDATORY)
    public int erasePayloadsDeliveredBefore(Instant cutoff) {
        return update("UPDATE report_referral SET payload_enc = '' WHERE state = 'DELIVERED' AND delivered_at < ?"
                + " AND payload_enc <> ''", ps -> ps.setObject(1, utc(cutoff)));
    }

    @Override
    @Transactional(TxType.SUPPORTS)
    public List<ReferralView> ofCase(long deploymentPk, long caseId) {
        String sql = "SELECT " + VIEW_COLUMNS + " FROM report_referral WHERE deployment_pk = ? AND case_id = ? ORDER BY id DESC";
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, deploymentPk);
            ps.setLong(2, caseId);
            List<ReferralView> views = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    views.add(view(rs));
                }
            }
            return views;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the referrals of a case.", e);
        }
    }

    @Override
    @Transactional(TxType.REQUIRED)
    public CallbackResult applyCallback(String idempotencyKey, String jti, NetworkStatus status, String networkReference,
            String message, Instant issuedAt) {
        Optional<Long> referral = referralId(idempotencyKey);
        if (referral.isEmpty()) {
            return CallbackResult.UNKNOWN_REFERRAL;
        }
        int inserted = update("INSERT INTO report_referral_callback (jti, referral_id, received_at) VALUES (?, ?, ?)"
                + " ON CONFLICT DO NOTHING", ps -> {
                    ps.setString(1, jti);
                    ps.setLong(2, referral.get());
                    ps.setObject(3, utc(clock.instant()));
                });
        if (inserted == 0) {
            return CallbackResult.DUPLICATE;
        }
        String sql = "UPDATE report_referral SET network_status = ?, network_status_at = ?,"
                + " network_reference = COALESCE(?, network_reference), network_message = ?"
                + " WHERE id = ? AND (network_status_at IS NULL OR network_status_at <= ?)";
        int changed = update(sql, ps -> {
            ps.setString(1, status.name());
            ps.setObject(2, utc(issuedAt));
            ps.setString(3, clip(networkReference, 100));
            ps.setString(4, clip(message, 500));
            ps.setLong(5, referral.get());
            ps.setObject(6, utc(issuedAt));
        });
        return changed == 1 ? CallbackResult.APPLIED : CallbackResult.STALE;
    }

    /** The case of the referral with this idempotency key, as {@code [deploymentPk, caseId]}. */
    @Transactional(TxType.SUPPORTS)
    public Optional<long[]> caseOf(String idempotencyKey) {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT deployment_pk, case_id FROM report_referral WHERE idempotency_key = ?")) {
            ps.setString(1, idempotencyKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new long[] {rs.getLong(1), rs.getLong(2)}) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not find the referral.", e);
        }
    }

    // Helpers -------------------------------------------------------------------------------------------------------

    private List<Long> dueIds(Instant now, int max) {
        String sql = "SELECT id FROM report_referral WHERE state = 'PENDING' AND next_attempt_at <= ?"
                + " AND (lease_until IS NULL OR lease_until < ?) ORDER BY next_attempt_at, id LIMIT ?";
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, utc(now));
            ps.setObject(2, utc(now));
            ps.setInt(3, max);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read due referrals.", e);
        }
    }

    private boolean takeLease(long id, String owner, Instant now, Instant until) {
        String sql = "UPDATE report_referral SET lease_owner = ?, lease_until = ? WHERE id = ? AND state = 'PENDING'"
                + " AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until < ?)";
        return update(sql, ps -> {
            ps.setString(1, owner);
            ps.setObject(2, utc(until));
            ps.setLong(3, id);
            ps.setObject(4, utc(now));
            ps.setObject(5, utc(now));
        }) == 1;
    }

    private Optional<ClaimedReferral> load(long id, String owner) {
        String sql = "SELECT deployment_pk, case_id, idempotency_key, attempts, payload_enc FROM report_referral"
                + " WHERE id = ? AND lease_owner = ?";
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            ps.setString(2, owner);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String key = rs.getString(3);
                return Optional.of(new ClaimedReferral(id, rs.getLong(1), rs.getLong(2), key, rs.getInt(4),
                        decrypt(id, key, rs.getString(5))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read a claimed referral.", e);
        }
    }

    private Map<String, Object> decrypt(long id, String key, String payload) {
        try {
            return JSONObjectUtils.parse(new String(cipher.decrypt(payload, aad(key)), StandardCharsets.UTF_8));
        } catch (KeyDecryptionException | ParseException e) {
            LOG.warning(() -> "Referral " + id + " cannot be decrypted or parsed (" + e.getClass().getSimpleName()
                    + "); it will be counted as a failed attempt.");
            return null;
        }
    }

    private Optional<Long> referralId(String idempotencyKey) {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM report_referral WHERE idempotency_key = ?")) {
            ps.setString(1, idempotencyKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not find the referral.", e);
        }
    }

    private static ReferralView view(ResultSet rs) throws SQLException {
        String networkStatus = rs.getString(10);
        return new ReferralView(rs.getLong(1), rs.getString(2), DeliveryState.valueOf(rs.getString(3)), rs.getInt(4),
                instant(rs, 5), rs.getString(6), rs.getBoolean(7), instant(rs, 8), instant(rs, 9),
                networkStatus == null ? null : NetworkStatus.valueOf(networkStatus), rs.getString(11), rs.getString(12));
    }

    private int update(String sql, Binder binder) {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update the referral outbox.", e);
        }
    }

    private DataSource dataSource() {
        return fixed != null ? fixed : database.dataSource();
    }

    private static String aad(String idempotencyKey) {
        return "report-referral:" + idempotencyKey;
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }
}
