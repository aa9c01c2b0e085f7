package org.childsafe.deploy.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void percentileIsTheNearestRank() {
        long[] sorted = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};

        assertThat(Figures.percentile(sorted, 10, 50)).isEqualTo(50);
        assertThat(Figures.percentile(sorted, 10, 99)).isEqualTo(100);
        assertThat(Figures.percentile(sorted, 10, 10)).isEqualTo(10);
        assertThat(Figures.percentile(sorted, 10, 11)).isEqualTo(20);
        assertThat(Figures.percentile(sorted, 4, 100)).as("only the first n values count").isEqualTo(40);
    }

    @Test
    void percentileOfNothingIsMinusOne() {
        assertThat(Figures.percentile(new long[0], 0, 50)).isEqualTo(-1);
    }

    @Test
    void aCellSortsItsSamplesAndGrowsBeyondItsFirstArray() {
        Figures.Cell cell = new Figures.Cell();
        for (int i = 1000; i >= 1; i--) {
            cell.success(i);
        }

        assertThat(cell.count()).isEqualTo(1000);
        assertThat(cell.percentile(50)).isEqualTo(500);
        assertThat(cell.percentile(99)).isEqualTo(990);
    }

    @Test
    void failuresAreCountedByKindAndKeptOutOfTheLatencies() {
        Figures figures = new Figures();
        figures.success(Phase.POSTGRES_DOWN, Operation.REPORT, 5_000_000);
        figures.failure(Phase.POSTGRES_DOWN, Operation.REPORT, "HTTP 503");
        figures.failure(Phase.POSTGRES_DOWN, Operation.REPORT, "HTTP 503");
        figures.failure(Phase.POSTGRES_DOWN, Operation.REPORT, "refused");

        Figures.Cell cell = figures.cell(Phase.POSTGRES_DOWN, Operation.REPORT);
        assertThat(cell.count()).isOne();
        assertThat(cell.errors()).isEqualTo(3);
        assertThat(cell.errorKinds()).containsExactly(Map.entry("HTTP 503", 2L), Map.entry("refused", 1L));
        assertThat(cell.percentile(99)).isEqualTo(5_000_000);
        assertThat(figures.cell(Phase.STEADY, Operation.REPORT).errors()).as("other phases untouched").isZero();
    }

    @Test
    void theTotalAddsEveryPhase() {
        Figures figures = new Figures();
        figures.success(Phase.STEADY, Operation.URL_CHECK, 1);
        figures.success(Phase.RECOVERY, Operation.URL_CHECK, 3);
        figures.failure(Phase.INSTANCE_KILLED, Operation.URL_CHECK, "refused");

        Figures.Cell total = figures.total(Operation.URL_CHECK);

        assertThat(total.count()).isEqualTo(2);
        assertThat(total.errors()).isOne();
        assertThat(total.percentile(100)).isEqualTo(3);
    }

    @Test
    void theTableShowsThroughputOverThePhasesLengthAndOmitsPhasesNeverEntered() {
        Figures figures = new Figures();
        for (int i = 0; i < 50; i++) {
            figures.success(Phase.STEADY, Operation.URL_CHECK, 2_000_000);
        }
        figures.failure(Phase.STEADY, Operation.LAUNCH, "HTTP 500");

        String table = figures.table(Map.of(Phase.STEADY, 10.0));

        assertThat(table).contains("| steady (10)      | URL check     |     50 |    5.00 |        2 |        2 |      0 |");
        assertThat(table).contains("| steady (10)      | launch        |      0 |    0.00 |        – |        – |      1 | HTTP 500 ×1");
        assertThat(table).doesNotContain("PostgreSQL down").contains("whole run (10)");
    }
}
