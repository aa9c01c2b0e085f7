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
 * its own makes it rebuild and swap: local sources ({@code classpath:}, {@code file:}) are read again, remote ones
 * are read from the copy the refreshing instance stored ({@link FeedCopies}), never downloaded again. When a
 * refresh is due ({@code urlcheck.feeds.refresh-minutes} after the last published one) the instance that wins the
 * lease downloads remote sources ({@link FeedFetcher}), builds, validates (the engine refuses a source that shrank
 * more than {@code urlcheck.feeds.max-drop-ratio}) and, if the snapshot went live, stores the downloads and
 * publishes a new generation. So a cluster downloads each remote feed once per refresh round, and every instance
 * builds from the same bytes.</li>
 * <li>An instance that starts while a generation is published builds from that generation's copies (no download).
 * When nothing has been published yet and there are remote sources, the first download is a refresh like any
 * other: one instance takes the lease, the others follow it.</li>
 * <li>A refused or failed build never replaces the snapshot in use: the last good one stays, and the failure is
 * shown on the admin page. After a failure an instance tries to refresh again only after {@value #RETRY_MINUTES}
 * minutes (a successful build does not hold back the schedule).</li>
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
    FeedCopies copies;

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
    /** When this instance built its first snapshot without any generation published (the schedule's basis then). */
    private volatile Instant startedAt;
    private volatile RefreshOutcome lastOutcome;
    private volatile Instant lastFailure;
    private volatile RefreshOutcome lastFailureOutcome;
    private volatile boolean forced;

    protected FeedRefresher() {
    }

    /** For tests outside the container: no scheduler; call {@link #tick()} directly. */
    public FeedRefresher(UrlChecker checker, UrlCheckConfig config, FeedLease lease, FeedCopies copies, Clock clock,
            List<FeedSource> sources) {
        this.checker = checker;
        this.config = config;
        this.lease = lease;
        this.copies = copies;
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
                if (state.generation() > 0 || sources.stream().noneMatch(s -> FeedFetcher.remote(s.location()))) {
                    generation = state.generation();
                    startedAt = clock.instant();
                    if (!sources.isEmpty()) {
                        build(state);
                    }
                    return "initial";
                }
                // Nothing published yet, and remote feeds: the first download is a refresh under the lease.
                generation = 0;
            }
            if (state.generation() > generation) {
                if (build(state).status() != RefreshOutcome.Status.FAILED) {
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
            refreshUnderLease(state.downloadId());
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

    /**
     * A refresh is due {@code refresh-minutes} after the last published generation (or, while none was ever
     * published, after this instance's first build), and not within {@value #RETRY_MINUTES} minutes of this
     * instance's last failure.
     */
    private boolean due(FeedLease.State state) {
        if (sources.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        Instant basis = state.publishedAt() != null ? state.publishedAt() : (startedAt != null ? startedAt : Instant.EPOCH);
        boolean scheduleDue = !now.isBefore(basis.plus(Duration.ofMinutes(config.refreshMinutes())));
        boolean retryDue = lastFailure == null || !now.isBefore(lastFailure.plus(Duration.ofMinutes(RETRY_MINUTES)));
        return scheduleDue && retryDue;
    }

    /**
     * Downloads, builds and, if the snapshot went live, stores the downloads and publishes; the lease is held. Keeps
     * the {@code previous} download too: an instance may still be restoring it.
     */
    private void refreshUnderLease(String previous) {
        Map<String, Path> downloaded = new LinkedHashMap<>();
        boolean published = false;
        try {
            RefreshOutcome outcome = build(null, downloaded);
            if (outcome.status() == RefreshOutcome.Status.SWAPPED) {
                String downloadId = downloaded.isEmpty() ? null : UUID.randomUUID().toString();
                downloaded.forEach((source, file) -> copies.store(downloadId, source, file));
                long next = lease.publish(instance, clock.instant(), downloadId);
                published = next > 0;
                if (published) {
                    generation = next;
                    copies.deleteAllBut(downloadId, previous);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Feed refresh could not be published; the other instances keep their snapshot.", e);
            lastFailure = clock.instant();
        } finally {
            downloaded.values().forEach(FeedRefresher::delete);
            if (!published) {
                lease.release(instance);
            }
        }
    }

    /** A build that follows {@code followed} (its stored downloads), or that downloads remote sources when null. */
    private RefreshOutcome build(FeedLease.State followed) {
        Map<String, Path> files = new LinkedHashMap<>();
        try {
            return build(followed, files);
        } finally {
            files.values().forEach(FeedRefresher::delete);
        }
    }

    /** Builds and swaps if valid; the temporary files it made are left in {@code files} for the caller to delete. */
    private RefreshOutcome build(FeedLease.State followed, Map<String, Path> files) {
        lastAttempt = clock.instant();
        progress.clear();
        RefreshOutcome outcome;
        try {
            List<FeedSource> local = localCopies(followed, files);
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

    /**
     * The sources as local files: local sources as they are; remote ones from the stored copy of {@code followed}
     * if it has one, else downloaded (the refresh itself, or a generation published without copies). Every
     * temporary file is recorded in {@code files} by source name.
     */
    private List<FeedSource> localCopies(FeedLease.State followed, Map<String, Path> files) {
        List<FeedSource> local = new ArrayList<>();
        FeedFetcher fetcher = null;
        for (FeedSource source : sources) {
            if (!FeedFetcher.remote(source.location())) {
                local.add(source);
                continue;
            }
            Path file = null;
            if (followed != null && followed.downloadId() != null) {
                file = copies.restore(followed.downloadId(), source.name()).orElse(null);
                if (file == null) {
                    LOG.warning(() -> "Generation " + followed.generation() + " has no stored copy of feed "
                            + source.name() + "; downloading it.");
                }
            }
            if (file == null) {
                if (fetcher == null) {
                    fetcher = new FeedFetcher(Duration.ofSeconds(config.fetchTimeoutSeconds()), config.fetchMaxBytes());
                }
                file = fetcher.fetch(source.location());
            }
            files.put(source.name(), file);
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
