package org.childsafe.urlcheck.verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.childsafe.urlcheck.canonical.CanonicalUrl;
import org.childsafe.urlcheck.canonical.Canonicalizer;
import org.childsafe.urlcheck.canonical.HostKind;
import org.childsafe.urlcheck.canonical.InvalidUrlException;
import org.childsafe.urlcheck.canonical.LookupExpressions;
import org.childsafe.urlcheck.canonical.RegistrableDomains;
import org.childsafe.urlcheck.feeds.BuildListener;
import org.childsafe.urlcheck.feeds.FeedList;
import org.childsafe.urlcheck.feeds.FeedSnapshot;
import org.childsafe.urlcheck.feeds.FeedSource;
import org.childsafe.urlcheck.feeds.RefreshOutcome;
import org.childsafe.urlcheck.feeds.SnapshotBuilder;
import org.childsafe.urlcheck.lookalike.LookalikeDetector;
import org.childsafe.urlcheck.lookalike.LookalikeFinding;
import org.childsafe.urlcheck.lookalike.Shorteners;

/**
 * Checks links against the current feed snapshot, the school's lists and the look-alike rules.
 *
 * <h2>Concurrency</h2>
 * The checker holds the current immutable {@link FeedSnapshot} in an {@link AtomicReference}. A check reads
 * the reference once and uses only that snapshot, so {@link #swap(FeedSnapshot)} never blocks a reader and a
 * reader never sees a mix of two snapshots. Building a snapshot happens elsewhere ({@link SnapshotBuilder},
 * on a background thread).
 *
 * <h2>Composition of a verdict</h2>
 * <ol>
 * <li>School allow list: SAFE, whatever the feeds say (reason {@code school_allow}).</li>
 * <li>School block list: UNSAFE ({@code school_block}).</li>
 * <li>Feed matches: each category rated by {@link CheckPolicy#ratingOf(String)}; malware and phishing are
 *     always UNSAFE ({@code malware}); other rated categories give {@code category}.</li>
 * <li>Warnings, each at most CAUTION: look-alike of a protected domain, mixed/whole script, IP-literal host,
 *     userinfo in the URL, link shortener.</li>
 * </ol>
 * The verdict is the strictest rating found; SAFE with reason {@code not_listed} when nothing was found.
 */
public final class UrlChecker {

    /** Longest pasted text {@link #checkText} accepts, in characters. */
    public static final int MAX_TEXT_LENGTH = 20_000;

    private static final Comparator<FeedMatch> BY_RATING_DESC = Comparator.comparing(FeedMatch::rating).reversed();

    private static final int HOST_CACHE_SIZE = 4096;

    private final AtomicReference<FeedSnapshot> current;
    private final LookalikeDetector lookalikes;
    private final Shorteners shorteners;
    /**
     * What depends only on the host (registrable domain, look-alike findings, shortener), for recently checked
     * hosts: children check the same popular sites over and over. Direct-mapped by host hash; entries are
     * immutable, so the unsynchronised array is safe (a reader sees a whole old or a whole new entry).
     */
    private final HostFacts[] hostCache = new HostFacts[HOST_CACHE_SIZE];

    private record HostFacts(String host, String registrable, List<LookalikeFinding> findings, boolean shortener) {
        HostFacts {
            findings = List.copyOf(findings);
        }
    }

    /**
     * @param initial    the first snapshot ({@link FeedSnapshot#empty()} before feeds are loaded)
     * @param lookalikes the look-alike detector
     * @param shorteners known link shorteners
     */
    public UrlChecker(FeedSnapshot initial, LookalikeDetector lookalikes, Shorteners shorteners) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "Initial snapshot is required."));
        this.lookalikes = Objects.requireNonNull(lookalikes, "Look-alike detector is required.");
        this.shorteners = Objects.requireNonNull(shorteners, "Shorteners are required.");
    }

    // ------------------------------------------------------------------------------------------ snapshots

    /** Makes {@code next} the snapshot of every check that starts after this call. */
    public void swap(FeedSnapshot next) {
        current.set(Objects.requireNonNull(next, "Snapshot is required."));
    }

    /** @return the snapshot checks use now */
    public FeedSnapshot current() {
        return current.get();
    }

    /**
     * Builds a snapshot from {@code sources} on the calling thread (call it from a background executor) and
     * swaps it in if it is valid; otherwise keeps the current one.
     *
     * @return what happened; {@link RefreshOutcome#current()} is the snapshot in use afterwards
     */
    public RefreshOutcome refresh(SnapshotBuilder builder, List<FeedSource> sources, BuildListener listener) {
        FeedSnapshot before = current.get();
        RefreshOutcome outcome = builder.build(sources, before, listener);
        if (outcome.status() == RefreshOutcome.Status.SWAPPED) {
            current.compareAndSet(before, outcome.current());
            return new RefreshOutcome(outcome.status(), current.get(), outcome.code(), outcome.detail(),
                    outcome.attempted());
        }
        return outcome;
    }

    // ------------------------------------------------------------------------------------------ checks

    /**
     * @param rawUrl the link as typed or pasted
     * @param policy age band, school ratings and lists
     * @return the verdict
     * @throws InvalidUrlException when the input is not a checkable web link (code = bundle key)
     */
    public Verdict check(String rawUrl, CheckPolicy policy) {
        CanonicalUrl url = Canonicalizer.canonicalize(rawUrl);
        requirePlausibleHost(url);
        return verdict(rawUrl.strip(), url, policy, current.get());
    }

    /**
     * Finds the links in a pasted text (a chat message, a post) and checks each.
     *
     * @param pastedText the text
     * @param policy     the policy
     * @param maxLinks   at most this many links are checked (the rest are ignored)
     * @return one entry per link found, in text order; empty when the text has no link
     * @throws InvalidUrlException {@link InvalidUrlException#EMPTY} for a blank text,
     *                             {@link InvalidUrlException#TOO_LONG} over {@value #MAX_TEXT_LENGTH} chars
     */
    public List<LinkVerdict> checkText(String pastedText, CheckPolicy policy, int maxLinks) {
        if (pastedText == null || pastedText.isBlank()) {
            throw new InvalidUrlException(InvalidUrlException.EMPTY);
        }
        if (pastedText.length() > MAX_TEXT_LENGTH) {
            throw new InvalidUrlException(InvalidUrlException.TOO_LONG);
        }
        FeedSnapshot snapshot = current.get();
        List<LinkVerdict> out = new ArrayList<>();
        for (LinkFinder.Found f : LinkFinder.find(pastedText, maxLinks)) {
            try {
                CanonicalUrl url = Canonicalizer.canonicalize(f.text());
                requirePlausibleHost(url);
                out.add(new LinkVerdict(f.text(), f.start(), f.end(), verdict(f.text(), url, policy, snapshot), null));
            } catch (InvalidUrlException e) {
                out.add(new LinkVerdict(f.text(), f.start(), f.end(), null, e.code()));
            }
        }
        return out;
    }

    /** A name without a dot, or still holding escapes or spaces, is no web site a child can open. */
    private static void requirePlausibleHost(CanonicalUrl url) {
        if (url.hostKind() == HostKind.DOMAIN && (url.host().indexOf('.') < 0 || url.host().indexOf('%') >= 0)) {
            throw new InvalidUrlException(InvalidUrlException.NOT_A_URL);
        }
    }

    private HostFacts hostFacts(CanonicalUrl url) {
        String host = url.host();
        int slot = host.hashCode() & (HOST_CACHE_SIZE - 1);
        HostFacts f = hostCache[slot];
        if (f != null && f.host().equals(host)) {
            return f;
        }
        String registrable = url.isIpLiteral() ? null : RegistrableDomains.of(host);
        f = new HostFacts(host, registrable, lookalikes.inspect(url, registrable),
                shorteners.isShortener(host, registrable));
        hostCache[slot] = f;
        return f;
    }

    private Verdict verdict(String input, CanonicalUrl url, CheckPolicy policy, FeedSnapshot snapshot) {
        HostFacts facts = hostFacts(url);
        String registrable = facts.registrable();
        Freshness freshness = new Freshness(snapshot.version(), snapshot.builtAt(), snapshot.oldestSource());
        List<FeedMatch> matches = matches(url, snapshot, policy);
        Optional<ListMatch> school = policy.schoolLists().match(url);
        List<Reason> reasons = new ArrayList<>(4);
        Rating rating = Rating.SAFE;
        if (school.isPresent() && school.get().kind() == ListMatch.Kind.ALLOW) {
            reasons.add(Reason.of(Reason.SCHOOL_ALLOW, school.get().entry()));
            return new Verdict(Rating.SAFE, input, url.url(), url.host(), url.unicodeHost(), registrable, reasons,
                    matches, freshness);
        }
        if (school.isPresent()) {
            reasons.add(Reason.of(Reason.SCHOOL_BLOCK, school.get().entry()));
            rating = Rating.UNSAFE;
        }
        for (FeedMatch m : matches) {
            if (m.rating() != Rating.SAFE) {
                boolean malware = m.category().equals("malware") || m.category().equals("phishing");
                reasons.add(Reason.of(malware ? Reason.MALWARE : Reason.CATEGORY, m.category(), m.source()));
                rating = rating.max(m.rating());
            }
        }
        rating = rating.max(warnings(url, facts, reasons));
        if (reasons.isEmpty()) {
            reasons.add(Reason.of(Reason.NOT_LISTED));
        }
        return new Verdict(rating, input, url.url(), url.host(), url.unicodeHost(), registrable,
                dedupe(reasons), matches, freshness);
    }

    private static List<FeedMatch> matches(CanonicalUrl url, FeedSnapshot snapshot, CheckPolicy policy) {
        if (snapshot.entryCount() == 0) {
            return List.of();
        }
        long[] fps = new long[LookupExpressions.MAX];
        int n = LookupExpressions.fingerprints(url, fps);
        int[] hits = null;
        int found = 0;
        for (int i = 0; i < n; i++) {
            int set = snapshot.find(fps[i]);
            if (set >= 0) {
                if (hits == null) {
                    hits = new int[2 * n];
                }
                hits[found++] = i;
                hits[found++] = set;
            }
        }
        if (hits == null) {
            return List.of();
        }
        List<FeedMatch> out = new ArrayList<>(found);
        for (int h = 0; h < found; h += 2) {
            String expression = LookupExpressions.expression(url, hits[h]);
            for (FeedList l : snapshot.listsOf(hits[h + 1])) {
                out.add(new FeedMatch(l.source(), l.category(), expression, policy.ratingOf(l.category()),
                        l.licence(), l.fetchedAt(), l.version()));
            }
        }
        if (out.size() > 1) {
            out.sort(BY_RATING_DESC);
        }
        return out;
    }

    private static Rating warnings(CanonicalUrl url, HostFacts facts, List<Reason> reasons) {
        Rating r = Rating.SAFE;
        for (LookalikeFinding f : facts.findings()) {
            reasons.add(switch (f.kind()) {
                case LOOKALIKE -> Reason.of(Reason.LOOKALIKE, f.protectedDomain());
                case PROTECTED_IN_SUBDOMAIN -> Reason.of(Reason.PROTECTED_IN_SUBDOMAIN, f.protectedDomain());
                case MIXED_SCRIPT -> Reason.of(Reason.MIXED_SCRIPT);
                case WHOLE_SCRIPT -> f.protectedDomain() == null ? Reason.of(Reason.WHOLE_SCRIPT)
                        : Reason.of(Reason.LOOKALIKE, f.protectedDomain());
                case INVISIBLE -> Reason.of(Reason.INVISIBLE);
            });
            r = Rating.CAUTION;
        }
        if (url.isIpLiteral()) {
            reasons.add(Reason.of(Reason.IP_LITERAL));
            r = Rating.CAUTION;
        }
        if (url.hadUserinfo()) {
            reasons.add(Reason.of(Reason.USERINFO));
            r = Rating.CAUTION;
        }
        if (facts.shortener()) {
            reasons.add(Reason.of(Reason.SHORTENER));
            r = Rating.CAUTION;
        }
        return r;
    }

    private static List<Reason> dedupe(List<Reason> reasons) {
        return reasons.size() < 2 ? reasons : reasons.stream().distinct().toList();
    }
}
