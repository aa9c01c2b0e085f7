package org.childsafe.deploy.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.childsafe.deploy.AnonymousReporter;
import org.childsafe.deploy.LoopbackCluster;
import org.childsafe.deploy.PayaraInstance;
import org.childsafe.deploy.RegisteredPlatform;
import org.childsafe.deploy.lessons.LessonHttpPlayer;

/**
 * Load and fault run on this machine, loopback only (issue 7): PostgreSQL and two clustered instances of the
 * runnable jar; pupils launching and playing a graded lesson, link checks and anonymous reports, for a bounded
 * time; {@code kill -9} of one instance at a quarter of the run (a new one is started at once), PostgreSQL
 * stopped for {@code --outage} seconds at half of it; then it waits for the grade outbox to drain and checks that
 * every receipt shown opens a case and every score screen shown reached the platform's gradebook exactly once.
 * Prints figures per phase and operation, the loss checks and the machine's load; exits 1 if anything acknowledged
 * was lost. Run it with {@code deploy/load-and-fault.sh} (see {@code deploy/README.md}).
 *
 * <p>Bounds: {@code --seconds} (default {@value #DEFAULT_SECONDS}, at most {@value #MAX_SECONDS}),
 * {@code --max-ops} per simulated user (default {@value #DEFAULT_MAX_OPS}), the drain wait
 * ({@value #DRAIN_SECONDS} s) and every start ({@value #START_MINUTES} min).
 */
public final class LoadAndFault {

    static final int DEFAULT_SECONDS = 270;
    static final int MAX_SECONDS = 600;
    static final int DEFAULT_MAX_OPS = 20_000;
    static final int DRAIN_SECONDS = 300;
    static final int START_MINUTES = 8;
    private static final String ISSUER = "https://lms.load.example";

    private final Options options;
    private final Path workDir;
    private final LoadSampler load = new LoadSampler();
    private final List<PayaraInstance> instances = new ArrayList<>();

    private LoadAndFault(Options options, Path workDir) {
        this.options = options;
        this.workDir = workDir;
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException wrong) {
            System.err.println(wrong.getMessage());
            System.err.println("usage: deploy/load-and-fault.sh [--seconds 270] [--pupils 3] [--checkers 2] [--reporters 1]"
                    + " [--max-ops 20000] [--port 22080] [--outage 30] [--open-sample 30]");
            System.exit(2);
            return;
        }
        if (System.getProperty("it.admin.password") == null) {
            System.setProperty("it.admin.password", HexFormat.of().formatHex(new SecureRandom().generateSeed(12)));
        }
        Path workDir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "load-and-fault-");
        // The instances run a copy of the jar, so that a build during the run cannot change what a restart starts.
        Path jar = workDir.resolve("childsafe-micro.jar");
        Files.copy(Path.of(System.getProperty("it.micro.jar", "target/childsafe-micro.jar")), jar);
        System.setProperty("it.micro.jar", jar.toString());
        System.out.println("options: " + options + "; logs under " + workDir);
        int exit = new LoadAndFault(options, workDir).run();
        System.exit(exit);
    }

    private int run() throws Exception {
        load.start();
        try (RestartablePostgres postgres = RestartablePostgres.start(workDir.resolve("postgres"), options.port() + 10);
                GradeStandIn gradebook = new GradeStandIn()) {
            LoopbackCluster cluster = new LoopbackCluster(options.port(), options.port() + 100, postgres.jdbcUrl(),
                    "childsafe-load-" + ProcessHandle.current().pid());
            Map<String, String> settings = new java.util.LinkedHashMap<>(cluster.settings());
            settings.put("report.limits.submissions-per-hour", "1000000");
            settings.put("report.limits.access-attempts-per-hour", "1000000");
            long bootStart = System.nanoTime();
            PayaraInstance a = start("load-a", options.port(), settings, cluster);
            PayaraInstance b = start("load-b", options.port() + 1, settings, cluster);
            awaitReady(a);
            awaitReady(b);
            System.out.printf(Locale.ROOT, "two instances ready in %.1f s%n", (System.nanoTime() - bootStart) / 1e9);
            try (RegisteredPlatform platform = RegisteredPlatform.register(a.baseUrl(), ISSUER, "load-client", "load-dep-1",
                    "Load test school", gradebook.tokenUrl())) {
                awaitFeeds(a.baseUrl());
                awaitFeeds(b.baseUrl());
                return loadWithFaults(postgres, gradebook, platform, settings, cluster, a, b);
            }
        } finally {
            for (PayaraInstance instance : instances) {
                instance.close();
            }
            load.stop();
        }
    }

    private int loadWithFaults(RestartablePostgres postgres, GradeStandIn gradebook, RegisteredPlatform platform,
            Map<String, String> settings, LoopbackCluster cluster, PayaraInstance a, PayaraInstance b) throws Exception {
        PhaseTimeline timeline = new PhaseTimeline(System::nanoTime, Phase.STEADY);
        Figures figures = new Figures();
        Balancer balancer = new Balancer(List.of(a.baseUrl(), b.baseUrl()), System::nanoTime);
        LessonHttpPlayer player = new LessonHttpPlayer(LessonHttpPlayer.shortestLesson());
        Users users = new Users(new Users.Context(figures, timeline, balancer, platform.platform(), a.baseUrl(),
                gradebook.lineItemUrl(), player, AnonymousReporter.schoolPublicId(a.baseUrl()), options.maxOps()));
        ExecutorService threads = Executors.newCachedThreadPool();
        for (int i = 0; i < options.pupils(); i++) {
            threads.submit(users.pupils(i));
        }
        for (int i = 0; i < options.checkers(); i++) {
            threads.submit(users.linkChecks(i));
        }
        for (int i = 0; i < options.reporters(); i++) {
            threads.submit(users.reporters());
        }
        long t0 = System.nanoTime();
        ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor();
        HttpClient health = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        watch.scheduleWithFixedDelay(() -> balancer.instances().forEach(instance -> {
            try {
                balancer.ready(instance, status(health, instance.resolve("/health/ready")) == 200);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }), 0, 1, TimeUnit.SECONDS);
        watch.scheduleAtFixedRate(() -> System.out.printf(Locale.ROOT, "t+%.0f s %s: %s%n", (System.nanoTime() - t0) / 1e9,
                timeline.current().label(), progress(figures)), 30, 30, TimeUnit.SECONDS);
        List<String> events = new ArrayList<>();
        events.add(String.format(Locale.ROOT, "lesson: %s (%d steps, %d questions)", player.lesson().id(),
                player.lesson().steps().size(), player.lesson().quiz().size()));

        sleepUntil(t0, options.seconds() / 4.0);
        timeline.enter(Phase.INSTANCE_KILLED);
        long killedAt = System.nanoTime();
        b.kill();
        events.add(at(t0, killedAt) + "kill -9 of " + b.name() + "; a new instance is started on the same port");
        PayaraInstance b2 = start("load-b2", options.port() + 1, settings, cluster);
        awaitReady(b2);
        long backAt = System.nanoTime();
        timeline.enter(Phase.STEADY);
        events.add(at(t0, backAt) + b2.name() + " ready, " + seconds(backAt - killedAt) + " s after the kill");

        sleepUntil(t0, Math.max(options.seconds() / 2.0, (System.nanoTime() - t0) / 1e9 + 15));
        timeline.enter(Phase.POSTGRES_DOWN);
        long stoppedAt = System.nanoTime();
        postgres.stop();
        events.add(at(t0, stoppedAt) + "PostgreSQL stopped");
        Thread.sleep(TimeUnit.SECONDS.toMillis(options.outageSeconds()));
        postgres.startAgain();
        long restartedAt = System.nanoTime();
        timeline.enter(Phase.RECOVERY);
        events.add(at(t0, restartedAt) + "PostgreSQL started again after " + seconds(restartedAt - stoppedAt) + " s");
        events.add("both instances ready again " + seconds(awaitReadyAfter(List.of(a, b2)) - restartedAt)
                + " s after PostgreSQL's restart");

        sleepUntil(t0, Math.max(options.seconds(), (System.nanoTime() - t0) / 1e9 + 30));
        users.stop();
        watch.shutdownNow();
        threads.shutdown();
        threads.awaitTermination(2, TimeUnit.MINUTES);
        timeline.end();
        for (Operation operation : Operation.values()) {
            long last = users.lastFailure(operation);
            if (last != Long.MIN_VALUE && last > restartedAt) {
                events.add("last " + operation.label() + " error " + seconds(last - restartedAt) + " s after PostgreSQL's restart");
            }
        }
        events.add("requests sent to the other instance after a refused connection: " + balancer.failovers());

        LossChecks.Losses losses = new LossChecks(postgres, options.openSample()).verify(gradebook, users, a.baseUrl());
        print(timeline, figures, events, losses, List.of(a, b2));
        System.out.println("what users saw on failures (first of each kind):");
        users.failureSamples().forEach((key, sample) -> System.out.println("  " + key + ": " + sample));
        return losses.lost() ? 1 : 0;
    }

    // ------------------------------------------------------------------------------------------ output

    private void print(PhaseTimeline timeline, Figures figures, List<String> events, LossChecks.Losses l, List<PayaraInstance> alive) {
        System.out.println();
        System.out.println("== load and fault run, " + Instant.now() + " ==");
        System.out.printf(Locale.ROOT, "machine: %d cores; load average (1 min) at start %.2f, max %.2f, at end %.2f%n",
                Runtime.getRuntime().availableProcessors(), load.first(), load.max(), load.last());
        System.out.println("users: " + options.pupils() + " pupil threads, " + options.checkers() + " link-check threads, "
                + options.reporters() + " reporter threads; " + options.seconds() + " s");
        events.forEach(e -> System.out.println("  " + e));
        System.out.println();
        System.out.print(figures.table(timeline.seconds()));
        System.out.println();
        System.out.printf(Locale.ROOT, "grades: %d lessons ended on the score screen; %d scores at the platform; "
                + "missing %d, duplicated %d; outbox drained in %.1f s (%d rows still pending)%n",
                l.lessonsCompleted(), l.scoresTotal(), l.scoresMissing(), l.scoresDuplicated(), l.drainSeconds(), l.outboxLeft());
        System.out.printf(Locale.ROOT, "reports: %d receipts shown; %d not in the database; %d of %d opened with code + passcode%n",
                l.receipts(), l.receiptsMissing(), l.receiptsOpened(), l.receiptsOpened() + l.receiptsNotOpened());
        for (PayaraInstance instance : alive) {
            String log = instance.log();
            System.out.printf("%s log: %d SEVERE, %d WARNING lines%n", instance.name(), count(log, "SEVERE"), count(log, "WARNING"));
        }
        System.out.println(l.lost() ? "RESULT: SOMETHING ACKNOWLEDGED WAS LOST" : "RESULT: nothing acknowledged was lost");
    }

    private static String progress(Figures figures) {
        StringBuilder line = new StringBuilder();
        for (Operation operation : Operation.values()) {
            Figures.Cell total = figures.total(operation);
            line.append(operation.label()).append(' ').append(total.count()).append(" ok/").append(total.errors()).append(" err; ");
        }
        return line.toString();
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            n++;
        }
        return n;
    }

    // ------------------------------------------------------------------------------------------ helpers

    private PayaraInstance start(String name, int port, Map<String, String> settings, LoopbackCluster cluster) throws IOException {
        PayaraInstance instance = PayaraInstance.start(name, port, settings, cluster.options(2));
        instances.add(instance);
        return instance;
    }

    private static void awaitReady(PayaraInstance instance) throws InterruptedException {
        instance.awaitReady(Duration.ofMinutes(START_MINUTES));
    }

    /** Waits until every instance answers ready; returns the {@link System#nanoTime()} when the last one did. */
    private static long awaitReadyAfter(List<PayaraInstance> all) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(START_MINUTES);
        for (PayaraInstance instance : all) {
            while (System.nanoTime() < deadline && status(http, instance.baseUrl().resolve("/health/ready")) != 200) {
                Thread.sleep(250);
            }
        }
        return System.nanoTime();
    }

    /** Waits (bounded) until the link checker's feeds are loaded, so link checks measure checks, not start-up. */
    private static void awaitFeeds(URI instance) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(START_MINUTES);
        while (System.nanoTime() < deadline) {
            try {
                String body = http.send(HttpRequest.newBuilder(instance.resolve("/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                if (body.contains("\"state\":\"READY\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(500);
        }
    }

    private static int status(HttpClient http, URI uri) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException down) {
            return -1;
        }
    }

    private static void sleepUntil(long t0, double secondsAfter) throws InterruptedException {
        long wait = t0 + (long) (secondsAfter * 1e9) - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    private static String at(long t0, long when) {
        return "t+" + seconds(when - t0) + " s: ";
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
    }
}
