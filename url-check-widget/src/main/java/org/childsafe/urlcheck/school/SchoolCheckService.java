package org.childsafe.urlcheck.school;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.childsafe.urlcheck.stats.CheckCounter;
import org.childsafe.urlcheck.stats.WrongVerdictStore;
import org.childsafe.urlcheck.verdict.AgeBand;
import org.childsafe.urlcheck.verdict.CheckPolicy;
import org.childsafe.urlcheck.verdict.FeedMatch;
import org.childsafe.urlcheck.verdict.LinkVerdict;
import org.childsafe.urlcheck.verdict.Rating;
import org.childsafe.urlcheck.verdict.SchoolLists;
import org.childsafe.urlcheck.verdict.UrlChecker;
import org.childsafe.urlcheck.verdict.Verdict;

/**
 * Checks links for a school (or for nobody in particular): the school's lists and age policy around the engine's
 * {@link UrlChecker}, and one anonymous count per verdict.
 *
 * <h2>Caching</h2>
 * A school's {@link CheckPolicy} per age band is built once from the database and kept for
 * {@value #CACHE_SECONDS} seconds, so a check costs no query. A change on this instance drops the school's entry at
 * once ({@link SchoolListsChanged}); other instances of a cluster see it within {@value #CACHE_SECONDS} seconds.
 *
 * <h2>Privacy</h2>
 * Nothing here stores the link: the counter keeps (school, day, verdict, category) only.
 */
@ApplicationScoped
public class SchoolCheckService {

    /** How long a school's policy is cached. */
    public static final int CACHE_SECONDS = 30;

    /** Longest comment on a wrong verdict. */
    public static final int MAX_COMMENT = 500;

    /** Code of a too long comment. */
    public static final String COMMENT_TOO_LONG = "urlcheck.comment_too_long";

    /** Age band used outside any school and by schools that did not choose one: the most protective. */
    public static final AgeBand DEFAULT_BAND = AgeBand.PRIMARY;

    /** What a school checks with, built once per cache period. */
    record SchoolPolicy(AgeBand defaultBand, Map<AgeBand, CheckPolicy> byBand, Instant expires) {
    }

    private final Map<Long, SchoolPolicy> cache = new ConcurrentHashMap<>();

    @Inject
    UrlChecker checker;

    @Inject
    SchoolListStore lists;

    @Inject
    PolicyStore policies;

    @Inject
    CheckCounter counter;

    @Inject
    WrongVerdictStore wrongVerdicts;

    @Inject
    Clock clock;

    /** Replaced by injection; the default (log events only) serves tests built with the constructor. */
    @Inject
    UrlCheckMetrics metrics = new UrlCheckMetrics();

    protected SchoolCheckService() {
    }

    /** For tests outside the container. */
    public SchoolCheckService(UrlChecker checker, SchoolListStore lists, PolicyStore policies, CheckCounter counter,
            WrongVerdictStore wrongVerdicts, Clock clock) {
        this.wrongVerdicts = wrongVerdicts;
        this.checker = checker;
        this.lists = lists;
        this.policies = policies;
        this.counter = counter;
        this.clock = clock;
    }

    /**
     * Checks one link.
     *
     * @param school the school's deployment key, or empty outside any school (engine defaults, no lists)
     * @param band   the age band, or empty for the school's default
     * @throws org.childsafe.urlcheck.canonical.InvalidUrlException when the input is no checkable link
     */
    public Verdict check(Optional<Long> school, String raw, Optional<AgeBand> band) {
        Verdict verdict = checker.check(raw, policy(school, band));
        count(school, verdict);
        return verdict;
    }

    /** Checks every link of a pasted text, at most {@code maxLinks}; see {@link UrlChecker#checkText}. */
    public List<LinkVerdict> checkText(Optional<Long> school, String text, Optional<AgeBand> band, int maxLinks) {
        List<LinkVerdict> verdicts = checker.checkText(text, policy(school, band), maxLinks);
        verdicts.stream().filter(v -> v.verdict() != null).forEach(v -> count(school, v.verdict()));
        return verdicts;
    }

    /**
     * "Tell us this is wrong": checks the link again (the client's word on the verdict is not trusted) and stores
     * the canonical link, the verdict and the comment for the school's administrator, with the day only and no
     * identity. Not counted as a check.
     *
     * @return the verdict the link has now
     */
    public Verdict reportWrong(Optional<Long> school, String raw, String comment, Optional<AgeBand> band) {
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        if (note != null && note.length() > MAX_COMMENT) {
            throw new InvalidListEntryException(COMMENT_TOO_LONG);
        }
        Verdict verdict = checker.check(raw, policy(school, band));
        wrongVerdicts.add(school.orElse(null), verdict.canonicalUrl(), verdict.rating().name(), note,
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        return verdict;
    }

    /** The age band a school checks for unless told otherwise. */
    public AgeBand defaultBand(Optional<Long> school) {
        return school.map(pk -> schoolPolicy(pk).defaultBand()).orElse(DEFAULT_BAND);
    }

    /** The category ratings in force for a school and band: the engine's defaults with the school's changes. */
    public Map<String, Rating> effectiveRatings(Optional<Long> school, AgeBand band) {
        Map<String, Rating> ratings = new HashMap<>(org.childsafe.urlcheck.verdict.AgePolicy.defaults(band));
        ratings.putAll(policy(school, Optional.of(band)).categoryRatings());
        return ratings;
    }

    void schoolChanged(@Observes SchoolListsChanged event) {
        cache.remove(event.deploymentPk());
    }

    private CheckPolicy policy(Optional<Long> school, Optional<AgeBand> band) {
        if (school.isEmpty()) {
            return CheckPolicy.defaults(band.orElse(DEFAULT_BAND));
        }
        SchoolPolicy policy = schoolPolicy(school.get());
        return policy.byBand().get(band.orElse(policy.defaultBand()));
    }

    private SchoolPolicy schoolPolicy(long deploymentPk) {
        Instant now = clock.instant();
        SchoolPolicy cached = cache.get(deploymentPk);
        if (cached != null && now.isBefore(cached.expires())) {
            return cached;
        }
        SchoolPolicy loaded = load(deploymentPk, now);
        cache.put(deploymentPk, loaded);
        return loaded;
    }

    private SchoolPolicy load(long deploymentPk, Instant now) {
        List<String> allow = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (SchoolListEntry entry : lists.entries(deploymentPk)) {
            (entry.list() == ListType.ALLOW ? allow : block).add(entry.value());
        }
        SchoolLists schoolLists = allow.isEmpty() && block.isEmpty() ? SchoolLists.NONE : SchoolLists.of(allow, block);
        Map<AgeBand, Map<String, Rating>> overrides = new EnumMap<>(AgeBand.class);
        for (AgeBand band : AgeBand.values()) {
            overrides.put(band, new HashMap<>());
        }
        for (PolicyStore.Rule rule : policies.rules(deploymentPk)) {
            AgePolicyService.parseBand(rule.ageBand()).ifPresent(band -> AgePolicyService.parseRating(rule.rating())
                    .ifPresent(rating -> overrides.get(band).put(rule.category(), rating)));
        }
        Map<AgeBand, CheckPolicy> byBand = new EnumMap<>(AgeBand.class);
        overrides.forEach((band, ratings) -> byBand.put(band, new CheckPolicy(band, ratings, schoolLists)));
        AgeBand defaultBand = policies.defaultAgeBand(deploymentPk).flatMap(AgePolicyService::parseBand).orElse(DEFAULT_BAND);
        return new SchoolPolicy(defaultBand, byBand, now.plus(Duration.ofSeconds(CACHE_SECONDS)));
    }

    private void count(Optional<Long> school, Verdict verdict) {
        String category = verdict.matches().stream().filter(m -> m.rating() == verdict.rating())
                .map(FeedMatch::category).findFirst().orElse("");
        counter.count(school.orElse(0L), verdict.rating().name(), category);
        metrics.checked(verdict);
    }
}
