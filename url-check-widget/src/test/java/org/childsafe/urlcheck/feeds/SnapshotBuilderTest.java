package org.childsafe.urlcheck.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.childsafe.urlcheck.canonical.Fingerprints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotBuilderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T06:00:00Z"), ZoneOffset.UTC);
    private final SnapshotBuilder builder = new SnapshotBuilder(CLOCK, 0.5);

    @TempDir
    Path dir;

    private FeedSource domains(String name, String category, String content) throws IOException {
        Path f = dir.resolve(name + ".txt");
        Files.writeString(f, content);
        return new FeedSource(name, "CC0 1.0", FeedFormat.DOMAINS, f.toUri(), category, "");
    }

    private static String numbered(int n) {
        return IntStream.range(0, n).mapToObj(i -> "site" + i + ".example.com").collect(Collectors.joining("\n"));
    }

    @Test
    void mergesCategoriesOfTheSameEntryIntoOneSet() throws IOException {
        RefreshOutcome out = builder.build(List.of(
                domains("a", "malware", "shared.example.com\nonly-a.example.com\n"),
                domains("b", "gambling", "shared.example.com\nonly-b.example.com\n")), FeedSnapshot.empty(),
                BuildListener.NONE);

        FeedSnapshot s = out.current();
        assertThat(out.status()).isEqualTo(RefreshOutcome.Status.SWAPPED);
        assertThat(s.version()).isEqualTo(1);
        assertThat(s.entryCount()).isEqualTo(3);
        assertThat(s.listsOf(s.find(Fingerprints.of("shared.example.com/"))))
                .extracting(FeedList::source, FeedList::category)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("a", "malware"),
                        org.assertj.core.groups.Tuple.tuple("b", "gambling"));
        assertThat(s.listsOf(s.find(Fingerprints.of("only-b.example.com/")))).extracting(FeedList::category)
                .containsExactly("gambling");
        assertThat(s.find(Fingerprints.of("absent.example.com/"))).isEqualTo(-1);
    }

    @Test
    void refusesASourceThatShrankMoreThanAllowedAndKeepsTheLastGoodSnapshot() throws IOException {
        FeedSnapshot good = builder.build(List.of(domains("a", "malware", numbered(100))), FeedSnapshot.empty(),
                BuildListener.NONE).current();

        RefreshOutcome truncated = builder.build(List.of(domains("a", "malware", numbered(40))), good,
                BuildListener.NONE);
        RefreshOutcome smaller = builder.build(List.of(domains("a", "malware", numbered(60))), good,
                BuildListener.NONE);

        assertThat(truncated.status()).isEqualTo(RefreshOutcome.Status.REFUSED);
        assertThat(truncated.code()).isEqualTo(RefreshOutcome.SIZE_DROP);
        assertThat(truncated.current()).isSameAs(good);
        assertThat(smaller.status()).isEqualTo(RefreshOutcome.Status.SWAPPED);
        assertThat(smaller.current().version()).isEqualTo(2);
    }

    @Test
    void failsOnAMissingSourceAndRefusesAnEmptyOne() throws IOException {
        FeedSource missing = new FeedSource("gone", "CC0 1.0", FeedFormat.DOMAINS,
                dir.resolve("nope.txt").toUri(), "malware", "");

        RefreshOutcome failed = builder.build(List.of(missing), FeedSnapshot.empty(), BuildListener.NONE);
        RefreshOutcome empty = builder.build(List.of(domains("e", "malware", "# nothing\nnot valid\n")),
                FeedSnapshot.empty(), BuildListener.NONE);

        assertThat(failed.status()).isEqualTo(RefreshOutcome.Status.FAILED);
        assertThat(failed.code()).isEqualTo(RefreshOutcome.UNREADABLE);
        assertThat(failed.current()).isSameAs(FeedSnapshot.empty());
        assertThat(empty.code()).isEqualTo(RefreshOutcome.INVALID);
        assertThat(empty.attempted()).singleElement().satisfies(st -> assertThat(st.parseErrors()).isEqualTo(1));
    }

    @Test
    void loadsTheBundledUt1AndUrlhausDataWithFiguresPerSource() {
        List<long[]> progress = new ArrayList<>();
        RefreshOutcome out = builder.build(BundledFeeds.sources(Path.of("src/feeds/org/childsafe/urlcheck/feeds/data")
                .toUri().toString()), FeedSnapshot.empty(), (src, lines, entries) -> progress.add(new long[] {lines}));

        FeedSnapshot s = out.current();
        assertThat(out.status()).as(out.detail()).isEqualTo(RefreshOutcome.Status.SWAPPED);
        assertThat(s.sources()).extracting(FeedStats::name).containsExactly("ut1", "urlhaus");
        FeedStats ut1 = s.sources().get(0);
        FeedStats urlhaus = s.sources().get(1);
        assertThat(ut1.entries()).isGreaterThan(800_000);
        assertThat(ut1.fetchedAt()).isEqualTo(Instant.parse("2026-11-29T05:39:00Z"));
        assertThat(urlhaus.fetchedAt()).isEqualTo(Instant.parse("2025-07-19T12:11:28Z"));
        assertThat(urlhaus.entries()).isGreaterThan(20_000);
        assertThat(progress).isNotEmpty();
        assertThat(s.indexBytes()).isLessThan(12L * s.entryCount());
        assertThat(s.listsOf(s.find(Fingerprints.of("0022a601.pphost.net/")))).extracting(FeedList::category)
                .contains("malware");
    }
}
