package org.childsafe.deploy.load;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Counts and latencies per {@link Phase} and {@link Operation}, recorded from many client threads, and the table
 * the load and fault script prints. Latency percentiles are over successful operations (nearest rank, every sample
 * kept: a run has at most some hundred thousand operations); failures are counted by kind ({@code HTTP 500},
 * {@code refused}, {@code timeout}, …) so an outage shows what users got instead of an answer.
 */
final class Figures {

    private final Map<Phase, Map<Operation, Cell>> cells = new EnumMap<>(Phase.class);

    Figures() {
        for (Phase phase : Phase.values()) {
            Map<Operation, Cell> row = new EnumMap<>(Operation.class);
            for (Operation operation : Operation.values()) {
                row.put(operation, new Cell());
            }
            cells.put(phase, row);
        }
    }

    void success(Phase phase, Operation operation, long nanos) {
        cell(phase, operation).success(nanos);
    }

    void failure(Phase phase, Operation operation, String kind) {
        cell(phase, operation).failure(kind);
    }

    Cell cell(Phase phase, Operation operation) {
        return cells.get(phase).get(operation);
    }

    /** All phases of one operation together. */
    Cell total(Operation operation) {
        Cell total = new Cell();
        for (Phase phase : Phase.values()) {
            total.add(cell(phase, operation));
        }
        return total;
    }

    /**
     * The value at percentile {@code p} (0 &lt; p ≤ 100) of the first {@code n} values of {@code sorted}, by nearest
     * rank: the smallest value with at least p % of the values at or below it; -1 when there are none.
     */
    static long percentile(long[] sorted, int n, double p) {
        if (n == 0) {
            return -1;
        }
        int rank = (int) Math.ceil(p / 100 * n);
        return sorted[Math.max(0, Math.min(n, rank) - 1)];
    }

    /** The table of the run, one row per phase and operation, then the totals; {@code seconds} per phase. */
    String table(Map<Phase, Double> seconds) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "| %-16s | %-13s | %6s | %7s | %8s | %8s | %6s | %-30s |%n", "phase (s)", "operation", "ok",
                "ok/s", "p50 ms", "p99 ms", "errors", "error kinds"));
        out.append("|------------------|---------------|--------|---------|----------|----------|--------|--------------------------------|\n");
        double all = 0;
        for (Phase phase : Phase.values()) {
            Double s = seconds.get(phase);
            if (s == null) {
                continue;
            }
            all += s;
            for (Operation operation : Operation.values()) {
                row(out, String.format(Locale.ROOT, "%s (%.0f)", phase.label(), s), operation, cell(phase, operation), s);
            }
        }
        for (Operation operation : Operation.values()) {
            row(out, String.format(Locale.ROOT, "whole run (%.0f)", all), operation, total(operation), all);
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String phase, Operation operation, Cell cell, double seconds) {
        out.append(String.format(Locale.ROOT, "| %-16s | %-13s | %6d | %7.2f | %8s | %8s | %6d | %-30s |%n", phase,
                operation.label(), cell.count(), seconds > 0 ? cell.count() / seconds : 0, millis(cell.percentile(50)),
                millis(cell.percentile(99)), cell.errors(), cell.errorKinds().entrySet().stream()
                        .map(e -> e.getKey() + " ×" + e.getValue()).collect(Collectors.joining(", "))));
    }

    private static String millis(long nanos) {
        return nanos < 0 ? "–" : String.format(Locale.ROOT, "%.0f", nanos / 1e6);
    }

    /** The successes (with latencies) and failures (by kind) of one phase and operation. */
    static final class Cell {

        private long[] samples = new long[256];
        private int count;
        private final Map<String, Long> errorKinds = new TreeMap<>();

        synchronized void success(long nanos) {
            if (count == samples.length) {
                samples = Arrays.copyOf(samples, count * 2);
            }
            samples[count++] = nanos;
        }

        synchronized void failure(String kind) {
            errorKinds.merge(kind, 1L, Long::sum);
        }

        synchronized void add(Cell other) {
            long[] theirs;
            Map<String, Long> kinds;
            synchronized (other) {
                theirs = Arrays.copyOf(other.samples, other.count);
                kinds = Map.copyOf(other.errorKinds);
            }
            for (long nanos : theirs) {
                success(nanos);
            }
            kinds.forEach((kind, n) -> errorKinds.merge(kind, n, Long::sum));
        }

        synchronized int count() {
            return count;
        }

        synchronized long errors() {
            return errorKinds.values().stream().mapToLong(Long::longValue).sum();
        }

        synchronized Map<String, Long> errorKinds() {
            return new TreeMap<>(errorKinds);
        }

        /** Nanoseconds at percentile {@code p} of the successes, -1 when there are none. */
        synchronized long percentile(double p) {
            long[] sorted = Arrays.copyOf(samples, count);
            Arrays.sort(sorted);
            return Figures.percentile(sorted, count, p);
        }
    }
}
