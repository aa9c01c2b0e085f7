package org.childsafe.urlcheck.verdict;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.childsafe.urlcheck.feeds.BuildListener;
import org.childsafe.urlcheck.feeds.FeedFormat;
import org.childsafe.urlcheck.feeds.FeedSnapshot;
import org.childsafe.urlcheck.feeds.FeedSource;
import org.childsafe.urlcheck.feeds.RefreshOutcome;
import org.childsafe.urlcheck.feeds.SnapshotBuilder;
import org.childsafe.urlcheck.lookalike.LookalikeDetector;
import org.childsafe.urlcheck.lookalike.ProtectedDomains;
import org.childsafe.urlcheck.lookalike.Shorteners;

/** Small feeds for checker tests: one category per file, written to a temporary directory. */
final class UrlCheckerTestData {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T06:00:00Z"), ZoneOffset.UTC);

    private UrlCheckerTestData() {
    }

    static UrlChecker emptyChecker() {
        return new UrlChecker(FeedSnapshot.empty(), new LookalikeDetector(ProtectedDomains.bundled()),
                Shorteners.bundled());
    }

    static FeedSource source(Path dir, String category, String... lines) {
        try {
            Path f = dir.resolve(category + ".txt");
            Files.write(f, List.of(lines));
            return new FeedSource("test-" + category, "CC0 1.0", FeedFormat.URLS, f.toUri(), category, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<FeedSource> categories(Path dir) {
        return List.of(
                source(dir, "malware", "malware.example.com", "files.example.org/payload/"),
                source(dir, "phishing", "phish.example.net"),
                source(dir, "adult", "adult.example.com"),
                source(dir, "dating", "dating.example.com"),
                source(dir, "games", "games.example.com"),
                source(dir, "social_networks", "social.example.com"),
                source(dir, "press", "news.example.com"));
    }

    static UrlChecker checkerWith(List<FeedSource> sources) {
        UrlChecker checker = emptyChecker();
        RefreshOutcome out = checker.refresh(new SnapshotBuilder(CLOCK, 0.5), sources, BuildListener.NONE);
        if (out.status() != RefreshOutcome.Status.SWAPPED) {
            throw new IllegalStateException(out.code() + " " + out.detail());
        }
        return checker;
    }
}
