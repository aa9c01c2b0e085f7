package org.childsafe.urlcheck.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.childsafe.lti.persistence.PersistenceFixture;
import org.childsafe.lti.persistence.TestDatabase;
import org.childsafe.lti.persistence.TestPersistence;
import org.childsafe.urlcheck.refresh.FeedLease;
import org.childsafe.urlcheck.stats.DailyCount;
import org.childsafe.urlcheck.stats.DailyCountStore;
import org.childsafe.urlcheck.stats.WrongVerdictStore;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The URL checker's tables through its JDBC stores, on the Flyway schema, on H2 and PostgreSQL: school lists,
 * age policy, aggregate counts, wrong-verdict reports and the feed lease. Each test makes its own schools.
 */
class SchoolStoresIT {

    @RegisterExtension
    static final TestPersistence persistence = UrlCheckTestDatabase.persistence();

    static final Instant NOW = Instant.parse("2026-03-30T01:30:00.123456Z");

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void keepsEachSchoolsListEntriesApartAndRefusesTheSameValueTwice(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        SchoolListStore store = new SchoolListStore(db.dataSource());
        long school = UrlCheckTestDatabase.newSchool(db.dataSource());
        long other = UrlCheckTestDatabase.newSchool(db.dataSource());

        SchoolListEntry allowed = store.add(school, ListType.ALLOW, EntryKind.DOMAIN, "example.com", "class project", NOW);
        store.add(school, ListType.BLOCK, EntryKind.URL_PREFIX, "https://example.org/games/", null, NOW);
        store.add(other, ListType.BLOCK, EntryKind.DOMAIN, "example.com", null, NOW);

        assertThat(store.entries(school)).extracting(SchoolListEntry::value)
                .containsExactly("example.com", "https://example.org/games/");
        assertThat(store.entries(school).get(0)).isEqualTo(allowed);
        assertThat(store.count(school)).isEqualTo(2);
        assertThat(store.exists(school, EntryKind.DOMAIN, "example.com")).isTrue();
        assertThat(store.exists(school, EntryKind.URL_PREFIX, "example.com")).isFalse();
        IllegalStateException duplicate = assertThrows(IllegalStateException.class,
                () -> store.add(school, ListType.BLOCK, EntryKind.DOMAIN, "example.com", null, NOW));
        assertThat(((SQLException) duplicate.getCause()).getSQLState()).isEqualTo("23505");

        assertThat(store.remove(other, allowed.id())).as("another school's entry").isFalse();
        assertThat(store.remove(school, allowed.id())).isTrue();
        assertThat(store.entries(school)).hasSize(1);
        assertThat(store.entries(other)).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void storesTheDefaultAgeBandAndReplacesTheRulesOfOneBand(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        PolicyStore store = new PolicyStore(db.dataSource());
        long school = UrlCheckTestDatabase.newSchool(db.dataSource());

        assertThat(store.defaultAgeBand(school)).isEmpty();
        store.setDefaultAgeBand(school, "LOWER_SECONDARY", NOW);
        store.setDefaultAgeBand(school, "UPPER_SECONDARY", NOW.plusSeconds(60));
        assertThat(store.defaultAgeBand(school)).hasValue("UPPER_SECONDARY");

        store.replaceRules(school, "PRIMARY", List.of(new PolicyStore.Rule("PRIMARY", "games", "SAFE"),
                new PolicyStore.Rule("PRIMARY", "chat", "UNSAFE")));
        store.replaceRules(school, "UPPER_SECONDARY", List.of(new PolicyStore.Rule("UPPER_SECONDARY", "dating", "CAUTION")));
        store.replaceRules(school, "PRIMARY", List.of(new PolicyStore.Rule("PRIMARY", "games", "CAUTION")));

        assertThat(store.rules(school)).containsExactly(new PolicyStore.Rule("PRIMARY", "games", "CAUTION"),
                new PolicyStore.Rule("UPPER_SECONDARY", "dating", "CAUTION"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void addsToDailyCountsWithoutAnyLinkOrPerson(TestDatabase database) throws SQLException {
        PersistenceFixture db = persistence.on(database);
        DailyCountStore store = new DailyCountStore(db.dataSource());
        long school = UrlCheckTestDatabase.newSchool(db.dataSource());
        LocalDate day = LocalDate.of(2026, 3, 30);

        store.add(List.of(new DailyCount(school, day, "UNSAFE", "malware", 2), new DailyCount(school, day, "SAFE", "", 5)));
        store.add(List.of(new DailyCount(school, day, "UNSAFE", "malware", 3), new DailyCount(school, day.plusDays(1), "SAFE", "", 1)));

        assertThat(store.between(school, day, day)).containsExactly(new DailyCount(school, day, "SAFE", "", 5),
                new DailyCount(school, day, "UNSAFE", "malware", 5));
        assertThat(store.between(school, day, day.plusDays(1))).hasSize(3);
        try (var c = db.dataSource().getConnection(); var rs = c.getMetaData().getColumns(null, null, "urlcheck_daily_count", null)) {
            List<String> columns = new java.util.ArrayList<>();
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME").toLowerCase());
            }
            assertThat(columns).containsExactlyInAnyOrder("deployment_pk", "count_day", "verdict", "category", "checks");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void keepsWrongVerdictReportsPerSchoolUntilResolved(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        WrongVerdictStore store = new WrongVerdictStore(db.dataSource());
        long school = UrlCheckTestDatabase.newSchool(db.dataSource());
        long other = UrlCheckTestDatabase.newSchool(db.dataSource());
        LocalDate day = LocalDate.of(2026, 3, 30);

        store.add(school, "http://games.example/", "UNSAFE", "it is our class game", day);
        store.add(null, "http://public.example/", "CAUTION", null, day);

        List<WrongVerdictStore.WrongVerdict> open = store.open(school, 10);
        assertThat(open).singleElement().satisfies(w -> {
            assertThat(w.canonicalUrl()).isEqualTo("http://games.example/");
            assertThat(w.comment()).isEqualTo("it is our class game");
            assertThat(w.reportedOn()).isEqualTo(day);
        });
        assertThat(store.open(null, 10)).extracting(WrongVerdictStore.WrongVerdict::canonicalUrl).contains("http://public.example/");
        assertThat(store.resolve(other, open.get(0).id())).as("another school").isFalse();
        assertThat(store.resolve(school, open.get(0).id())).isTrue();
        assertThat(store.open(school, 10)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void grantsTheFeedLeaseToOneInstanceUntilItExpiresOrIsPublished(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        FeedLease lease = new FeedLease(db.dataSource());
        long before = lease.read().generation();

        assertThat(lease.tryAcquire("a", NOW, NOW.plusSeconds(900))).isTrue();
        assertThat(lease.tryAcquire("b", NOW.plusSeconds(10), NOW.plusSeconds(910))).isFalse();
        assertThat(lease.tryAcquire("a", NOW.plusSeconds(10), NOW.plusSeconds(910))).as("renewal").isTrue();
        assertThat(lease.publish("b", NOW)).as("not the holder").isEqualTo(-1);
        assertThat(lease.tryAcquire("b", NOW.plusSeconds(911), NOW.plusSeconds(1800))).as("expired").isTrue();

        assertThat(lease.publish("b", NOW.plusSeconds(1000))).isEqualTo(before + 1);
        FeedLease.State state = lease.read();
        assertThat(state.holder()).isNull();
        assertThat(state.publishedAt()).isEqualTo(NOW.plusSeconds(1000));

        assertThat(lease.tryAcquire("c", NOW.plusSeconds(1001), NOW.plusSeconds(1900))).isTrue();
        lease.release("c");
        assertThat(lease.read().generation()).isEqualTo(before + 1);
        assertThat(lease.read().holder()).isNull();
    }
}
