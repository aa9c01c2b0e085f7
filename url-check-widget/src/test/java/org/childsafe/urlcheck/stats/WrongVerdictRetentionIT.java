package org.childsafe.urlcheck.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.childsafe.lti.audit.AuditLog;
import org.childsafe.lti.persistence.PersistenceFixture;
import org.childsafe.lti.persistence.TestDatabase;
import org.childsafe.lti.persistence.TestPersistence;
import org.childsafe.urlcheck.UrlCheckConfig;
import org.childsafe.urlcheck.school.UrlCheckTestDatabase;
import org.childsafe.urlcheck.stats.WrongVerdictStore.WrongVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Retention of "this is wrong" reports on H2 and a real PostgreSQL, with reports stored and resolved through
 * {@link WrongVerdictStore}: open and resolved reports of every school (and outside any school) made before the
 * cut-off day are deleted, the ones of the cut-off day and later stay. One test per database, because a run is
 * installation-wide.
 */
class WrongVerdictRetentionIT {

    @RegisterExtension
    static final TestPersistence persistence = UrlCheckTestDatabase.persistence();

    /** 180 days before this is 2025-12-03 (UTC). */
    static final Instant NOW = Instant.parse("2026-06-01T03:30:00Z");
    static final LocalDate CUTOFF_DAY = LocalDate.parse("2025-12-03");

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void deletesReportsMadeBeforeTheCutoffDayWhetherOpenOrResolved(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        WrongVerdictStore store = new WrongVerdictStore(db.dataSource());
        long school = UrlCheckTestDatabase.newSchool(db.dataSource());
        long other = UrlCheckTestDatabase.newSchool(db.dataSource());
        store.add(school, "https://open-day-before.example/", "UNSAFE", "em thấy trang này an toàn", CUTOFF_DAY.minusDays(1));
        store.add(school, "https://resolved-day-before.example/", "CAUTION", null, CUTOFF_DAY.minusDays(1));
        store.add(null, "https://outside-a-school.example/", "UNSAFE", null, CUTOFF_DAY.minusDays(365));
        store.add(school, "https://open-cutoff-day.example/", "UNSAFE", null, CUTOFF_DAY);
        store.add(school, "https://resolved-day-after.example/", "SAFE", null, CUTOFF_DAY.plusDays(1));
        store.add(other, "https://other-school-yesterday.example/", "UNSAFE", null, LocalDate.parse("2026-05-31"));
        resolve(store, school, "https://resolved-day-before.example/");
        resolve(store, school, "https://resolved-day-after.example/");

        RecordingAudit keptForEverAudit = new RecordingAudit();
        int keptForEver = retention(store, 0, keptForEverAudit).purge();

        assertThat(keptForEver).isZero();
        assertThat(keptForEverAudit.events).containsExactly("system urlcheck.wrong-verdict.retention tool deleted=0 (forever)");

        RecordingAudit audit = new RecordingAudit();
        int deleted = retention(store, 180, audit).purge();

        assertThat(deleted).isEqualTo(3);
        assertThat(store.open(school, 100)).extracting(WrongVerdict::canonicalUrl)
                .containsExactly("https://open-cutoff-day.example/");
        assertThat(store.open(other, 100)).extracting(WrongVerdict::canonicalUrl)
                .containsExactly("https://other-school-yesterday.example/");
        assertThat(store.open(null, 100)).isEmpty();
        assertThat(count(db, "https://resolved-day-after.example/")).as("resolved, but younger").isOne();
        assertThat(count(db, "https://resolved-day-before.example/")).isZero();
        assertThat(audit.events).containsExactly("system urlcheck.wrong-verdict.retention tool deleted=3 (180d)");

        assertThat(retention(store, 180, new RecordingAudit()).purge()).as("a second node running the same job").isZero();
    }

    @Test
    void aNegativePeriodStopsTheStartWithTheKeysName() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> UrlCheckConfig.forRetentionTests(-1));

        assertThat(e).hasMessageContaining("urlcheck.wrong-verdict.retention-days").hasMessageContaining("-1");
    }

    // ---------------------------------------------------------------------------------------------------------------

    static final class RecordingAudit extends AuditLog {
        final List<String> events = new ArrayList<>();

        @Override
        public void record(String actor, String action, String target, String detail) {
            events.add(actor + " " + action + " " + target + " " + detail);
        }
    }

    private static WrongVerdictRetention retention(WrongVerdictStore store, int days, AuditLog audit) {
        return new WrongVerdictRetention(store, UrlCheckConfig.forRetentionTests(days), audit,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static void resolve(WrongVerdictStore store, long school, String url) {
        long id = store.open(school, 100).stream().filter(w -> w.canonicalUrl().equals(url)).findFirst().orElseThrow().id();
        assertThat(store.resolve(school, id)).isTrue();
    }

    private static long count(PersistenceFixture db, String url) {
        return db.fromTransaction(em -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM urlcheck_wrong_verdict WHERE canonical_url = ?1").setParameter(1, url)
                .getSingleResult()).longValue());
    }
}
