package org.childsafe.deploy.load;

import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.childsafe.deploy.AnonymousReporter;
import org.childsafe.deploy.AnonymousReporter.Receipt;

/**
 * The end of a load and fault run: nothing a user was shown as done may be missing. Every lesson that ended on the
 * score screen must have exactly one score at the stand-in gradebook (after the grade outbox drained), and every
 * receipt shown must be a case in the database; a sample of receipts is also opened the way the reporter would,
 * with case code and passcode on the reporter's page.
 */
final class LossChecks {

    private final RestartablePostgres postgres;
    private final int openSample;

    LossChecks(RestartablePostgres postgres, int openSample) {
        this.postgres = postgres;
        this.openSample = openSample;
    }

    /** What the loss checks found. */
    record Losses(int lessonsCompleted, int scoresMissing, int scoresDuplicated, int scoresTotal, double drainSeconds,
            long outboxLeft, int receipts, int receiptsMissing, int receiptsOpened, int receiptsNotOpened) {

        boolean lost() {
            return scoresMissing > 0 || receiptsMissing > 0 || receiptsNotOpened > 0;
        }
    }

    /** Waits (bounded) for the grade outbox to drain, then compares what users were shown with what was kept. */
    Losses verify(GradeStandIn gradebook, Users users, URI tool) throws Exception {
        long drainStart = System.nanoTime();
        long left = outboxLeft();
        while (left > 0 && System.nanoTime() - drainStart < TimeUnit.SECONDS.toNanos(LoadAndFault.DRAIN_SECONDS)) {
            Thread.sleep(1000);
            left = outboxLeft();
        }
        double drain = (System.nanoTime() - drainStart) / 1e9;
        Map<String, Integer> scores = gradebook.scoresPerUser();
        List<String> completed = users.completedLessons();
        int missing = 0;
        int duplicated = 0;
        for (String sub : completed) {
            int n = scores.getOrDefault(sub, 0);
            missing += n == 0 ? 1 : 0;
            duplicated += n > 1 ? 1 : 0;
        }
        List<Receipt> receipts = users.receipts();
        Set<String> stored = caseCodes();
        int receiptsMissing = (int) receipts.stream().filter(r -> !stored.contains(r.code())).count();
        int opened = 0;
        int notOpened = 0;
        String school = AnonymousReporter.schoolPublicId(tool);
        for (Receipt receipt : receipts.subList(0, Math.min(receipts.size(), openSample))) {
            if (AnonymousReporter.opened(AnonymousReporter.open(tool, school, receipt), receipt)) {
                opened++;
            } else {
                notOpened++;
            }
        }
        return new Losses(completed.size(), missing, duplicated, scores.values().stream().mapToInt(Integer::intValue).sum(),
                drain, left, receipts.size(), receiptsMissing, opened, notOpened);
    }

    private long outboxLeft() throws SQLException {
        return single("SELECT count(*) FROM grade_submission WHERE state IN ('PENDING', 'RETRYING')");
    }

    private long single(String sql) throws SQLException {
        try (Connection c = postgres.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private Set<String> caseCodes() throws SQLException {
        Set<String> codes = new HashSet<>();
        try (Connection c = postgres.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT case_code FROM report_case")) {
            while (rows.next()) {
                codes.add(rows.getString(1));
            }
        }
        return codes;
    }
}
