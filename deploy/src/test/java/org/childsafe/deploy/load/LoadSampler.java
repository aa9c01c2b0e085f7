package org.childsafe.deploy.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The machine's one-minute load average ({@code /proc/loadavg}) every five seconds during the run: the figures of a
 * shared machine are a floor, and the docs say how loaded it was. Reads nothing on systems without {@code /proc}.
 */
final class LoadSampler {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "load-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private double first = Double.NaN;
    private double max = Double.NaN;
    private double last = Double.NaN;

    void start() {
        timer.scheduleAtFixedRate(this::sample, 0, 5, TimeUnit.SECONDS);
    }

    void stop() {
        timer.shutdownNow();
    }

    synchronized double first() {
        return first;
    }

    synchronized double max() {
        return max;
    }

    synchronized double last() {
        return last;
    }

    private void sample() {
        try {
            record(parse(Files.readString(Path.of("/proc/loadavg"))));
        } catch (IOException | RuntimeException unavailable) {
            // not Linux, or /proc not readable: no figure
        }
    }

    synchronized void record(double value) {
        if (Double.isNaN(first)) {
            first = value;
        }
        max = Double.isNaN(max) ? value : Math.max(max, value);
        last = value;
    }

    /** The one-minute figure of a {@code /proc/loadavg} line ({@code "0.52 0.58 0.59 1/467 12345"}). */
    static double parse(String loadavg) {
        return Double.parseDouble(loadavg.trim().split("\\s+")[0]);
    }
}
