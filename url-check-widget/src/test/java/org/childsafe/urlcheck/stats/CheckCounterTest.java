package org.childsafe.urlcheck.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks are summed in memory by (school, day, verdict, category) and written as deltas; nothing else is kept. */
class CheckCounterTest {

    static final Instant NOON = Instant.parse("2026-03-30T12:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 3, 30);

    /** Records what would be written. */
    static final class RecordingStore extends DailyCountStore {
        final List<DailyCount> written = new ArrayList<>();
        boolean fail;

        @Override
        public void add(List<DailyCount> deltas) {
            if (fail) {
                throw new IllegalStateException("database down");
            }
            written.addAll(deltas);
        }
    }

    @Test
    void sumsChecksPerSchoolDayVerdictAndCategoryAndWritesDeltasOnce() {
        RecordingStore store = new RecordingStore();
        CheckCounter counter = new CheckCounter(store, Clock.fixed(NOON, ZoneOffset.UTC));
        counter.count(7, "UNSAFE", "malware");
        counter.count(7, "UNSAFE", "malware");
        counter.count(7, "SAFE", null);
        counter.count(0, "CAUTION", "");

        assertThat(counter.flush()).isEqualTo(3);
        assertThat(store.written).containsExactlyInAnyOrder(new DailyCount(7, DAY, "UNSAFE", "malware", 2),
                new DailyCount(7, DAY, "SAFE", "", 1), new DailyCount(0, DAY, "CAUTION", "", 1));

        store.written.clear();
        assertThat(counter.flush()).as("nothing new").isZero();
        counter.count(7, "SAFE", null);
        counter.flush();
        assertThat(store.written).containsExactly(new DailyCount(7, DAY, "SAFE", "", 1));
    }

    @Test
    void keepsTheCountsForTheNextFlushWhenTheDatabaseFails() {
        RecordingStore store = new RecordingStore();
        CheckCounter counter = new CheckCounter(store, Clock.fixed(NOON, ZoneOffset.UTC));
        counter.count(3, "UNSAFE", "phishing");
        store.fail = true;

        assertThrows(IllegalStateException.class, counter::flush);

        store.fail = false;
        counter.count(3, "UNSAFE", "phishing");
        counter.flush();
        assertThat(store.written).containsExactly(new DailyCount(3, DAY, "UNSAFE", "phishing", 2));
    }
}
