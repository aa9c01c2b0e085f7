package org.childsafe.urlcheck.refresh;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.childsafe.lti.persistence.DatabaseMigrator;
import org.childsafe.urlcheck.UrlCheckConfig;
import org.childsafe.urlcheck.feeds.FeedSnapshot;
import org.childsafe.urlcheck.feeds.FeedSource;
import org.childsafe.urlcheck.feeds.FeedStats;
import org.childsafe.urlcheck.feeds.RefreshOutcome;
import org.childsafe.urlcheck.feeds.SnapshotBuilder;
import org.childsafe.urlcheck.verdict.UrlChecker;

/**
 * Keeps the {@link UrlChecker}'s feed snapshot current, off the request path, once per cluster.
 *
 * <h2>Lifecycle</h2>
 * <ol>
 * <li>At start the configured sources are validated ({@link FeedSources}); a bad key stops the application. The
 * first build runs on a managed background thread, so the application is ready at once: until it ends, checks use
 * the empty snapshot (look-alike and address warnings only), verdicts say the lists are loading, and the readiness
 * check reports {@code LOADING}.</li>
 * <li>Every {@code urlcheck.feeds.poll-seconds} each instance reads the {@link FeedLease}. A generation newer than
 * its own makes it rebuild from the same sources and swap. When a refresh is due
 * ({@code urlcheck.feeds.refresh-minutes} after the last published one) the instance that wins the lease downloads
 * HTTPS sources ({@link FeedFetcher}), builds, validates (the engine refuses a source that shrank more than
 * {@code urlcheck.feeds.max-drop-ratio}) and, if the snapshot went live, publishes a new generation.</li>
 * <li>A refused or failed build never replaces the snapshot in use: the last good one stays, and the failure is
 * shown on the admin page. A failed instance retries after {@value #RETRY_MINUTES} minutes.</li>
 * </ol>
 * Swapping is the engine's atomic reference swap: a running check finishes on the snapshot it started with.
 */
@ApplicationScoped
public class FeedRefresher {

    /** Minutes between two attempts of one instance after a refused or failed build. */
    public static final int RETRY_MINUTES = 15;

    private static final Logger LOG = Logger.getLogger(FeedRefresher.class.getName());

    @Inject
    UrlChecker checker;

    @Inject
    UrlCheckConfig config;

    @Inject
    FeedLease lease;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final String instance = instanceName();
    private final AtomicBoolean building = new AtomicBoolean();
    private final Map<String, long[]> progress = new ConcurrentHashMap<>();
    private volatile List<FeedSource> sources = List.of();
    private volatile long generation = -1;
    private volatile Instant lastAttempt;
    private volatile RefreshOutcome lastOutcome;
    private volatile Instant lastFailure;
    private volatile RefreshOutcome lastFailureOutcome;
    private volatile boolean forced;

    protected FeedRefresher() {
    }

    /** For tests outside the container: no scheduler; call {@link #tick()} directly. */
    public FeedRefresher(UrlChecker checker, UrlCheckConfig config, FeedLease lease, Clock clock, List<FeedSource> sources) {
        this.checker = checker;
        this.config = config;
        this.lease = lease;
        this.clock = clock;
        this.sources = List.copyOf(sources);
    }

    void start(@Observes DatabaseMigrator.SchemaReady ignored) {
        config.validate();
        sources = FeedSources.configured(config);
        LOG.info(() -> "URL checker feeds: " + sources.stream().map(FeedSource::name).toList()
                + "; refresh every " + config.refreshMinutes() + " min, instance " + instance);
        scheduler.scheduleWithFixedDelay(this::tickQuietly, 0, config.pollSeconds(), TimeUnit.SECONDS);
    }

    /** Asks for a refresh at the next poll, whatever the schedule says (tool administrator). */
    public void refreshSoon() {
        forced = true;
        if (scheduler != null) {
            scheduler.execute(this::tickQuietly);
        }
    }

    /**
     * One poll: the first load, following a newer generation, or a due refresh under the lease. Returns what it
     * did, for tests and logs: {@code busy}, {@code initial}, {@code follow}, {@code refresh}, {@code lease-taken}
     * or {@code idle}.
     */
    public String tick() {
        if (!building.compareAndSet(false, true)) {
            return "busy";
        }
        try {
            FeedLease.State state = lease.read();
            if (generation < 0) {
                generation = state.generation();
                if (!sources.isEmpty()) {
                    build();
                }
                return "initial";
            }
            if (state.generation() > generation) {
                if (build().status() != RefreshOutcome.Status.FAILED) {
                    generation = state.generation();
                }
                return "follow";
            }
            if (!forced && !due(state)) {
                return "idle";
            }
            Instant now = clock.instant();
            if (!lease.tryAcquire(instance, now, now.plusSeconds(config.leaseSeconds()))) {
                return "lease-taken";
            }
            forced = false;
            RefreshOutcome outcome = null;
            try {
                outcome = build();
            } finally {
                if (outcome != null && outcome.status() == RefreshOutcome.Status.SWAPPED) {
                    long published = lease.publish(instance, clock.instant());
                    generation = published > 0 ? published : generation;
                } else {
                    lease.release(instance);
                }
            }
            return "refresh";
        } finally {
            building.set(false);
        }
    }

    /** A snapshot of the state for the admin page and the health check. */
    public FeedStatus status() {
        FeedSnapshot snapshot = checker.current();
        FeedLease.State leaseState;
        try {
            leaseState = lease.read();
        } catch (RuntimeException e) {
            leaseState = null;
        }
        boolean running = building.get();
        String state = snapshot.version() > 0 ? "READY"
                : (running || (lastAttempt == null && !sources.isEmpty()) ? "LOADING" : "EMPTY");
        Map<String, long[]> shown = new LinkedHashMap<>();
        progress.forEach((source, figures) -> shown.put(source, figures.clone()));
        RefreshOutcome last = lastOutcome;
        RefreshOutcome failed = lastFailureOutcome;
        return new FeedStatus(state, snapshot.version(), snapshot.version() > 0 ? snapshot.builtAt() : null,
                snapshot.entryCount(), snapshot.indexBytes(), snapshot.sources(), shown, running, lastAttempt,
                last == null ? null : last.status().name(), lastFailure, failed == null ? null : failed.code(),
                failed == null ? null : failed.detail(), last == null ? List.of() : last.attempted(), generation,
                leaseState);
    }

    /** The configured sources with their configured locations (the admin page shows these, not temporary files). */
    public List<FeedSource> sources() {
        return sources;
    }

    // ------------------------------------------------------------------------------------------ private

    private boolean due(FeedLease.State state) {
        if (sources.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        Instant published = state.publishedAt() == null ? Instant.EPOCH : state.publishedAt();
        boolean scheduleDue = !now.isBefore(published.plus(Duration.ofMinutes(config.refreshMinutes())));
        boolean retryDue = lastAttempt == null || !now.isBefore(lastAttempt.plus(Duration.ofMinutes(RETRY_MINUTES)));
        return scheduleDue && retryDue;
    }

    private RefreshOutcome build() {
        lastAttempt = clock.instant();
        progress.clear();
        List<Path> downloads = new ArrayList<>();
        RefreshOutcome outcome;
        try {
            List<FeedSource> local = download(downloads);
            SnapshotBuilder builder = new SnapshotBuilder(clock, config.maxDropRatio());
            outcome = checker.refresh(builder, local, (source, lines, entries) -> progress.put(source, new long[] {lines, entries}));
        } catch (FeedFetcher.FeedFetchException e) {
            outcome = new RefreshOutcome(RefreshOutcome.Status.FAILED, checker.current(), FeedFetcher.FETCH_FAILED,
                    e.getMessage(), List.of());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Feed build failed; the last good snapshot stays.", e);
            outcome = new RefreshOutcome(RefreshOutcome.Status.FAILED, checker.current(), RefreshOutcome.UNREADABLE,
                    e.getClass().getSimpleName(), List.of());
        } finally {
            downloads.forEach(FeedRefresher::delete);
            progress.clear();
        }
        RefreshOutcome done = outcome;
        lastOutcome = done;
        if (done.status() != RefreshOutcome.Status.SWAPPED) {
            lastFailure = clock.instant();
            lastFailureOutcome = done;
            LOG.warning(() -> "Feed refresh " + done.status() + " " + done.code() + ": " + done.detail());
        } else {
            LOG.info(() -> "Feed snapshot " + done.current() + " is live.");
        }
        return done;
    }

    /** HTTPS sources downloaded to temporary files (recorded in {@code downloads}); other sources as they are. */
    private List<FeedSource> download(List<Path> downloads) {
        List<FeedSource> local = new ArrayList<>();
        FeedFetcher fetcher = null;
        for (FeedSource source : sources) {
            if (!"https".equalsIgnoreCase(source.location().getScheme())) {
                local.add(source);
                continue;
            }
            if (fetcher == null) {
                fetcher = new FeedFetcher(Duration.ofSeconds(config.fetchTimeoutSeconds()), config.fetchMaxBytes());
            }
            Path file = fetcher.fetch(source.location());
            downloads.add(file);
            local.add(new FeedSource(source.name(), source.licence(), source.format(), file.toUri(), source.category(),
                    source.attribution()));
        }
        return local;
    }

    private void tickQuietly() {
        try {
            tick();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Feed poll failed; will try again.", e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file
        }
    }

    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "instance";
        }
        String name = host + "/" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() > 120 ? name.substring(name.length() - 120) : name;
    }

    /** For the status page: figures of a source in the snapshot in use, if it is there. */
    static FeedStats statsOf(List<FeedStats> stats, String name) {
        return stats.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }
}
