package org.childsafe.urlcheck.feeds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * One snapshot build: read every source, collect {@code (52-bit key << 12 | list id)} in one growing
 * {@code long[]}, sort it, merge equal keys into category sets, validate, and wrap it as a snapshot. Used once,
 * by one thread.
 */
final class Build {

    private static final int LIST_BITS = 12;
    private static final int MAX_LISTS = 1 << LIST_BITS;
    private static final Pattern UPDATED = Pattern.compile("(?m)^[!#]\\s*(?:Updated|Last modified|Last-Modified):\\s*(\\S+)");

    private final Clock clock;
    private final double maxDropRatio;
    private final FeedSnapshot previous;
    private final BuildListener listener;

    private long[] packed = new long[1 << 16];
    private int size;
    private final Map<String, Integer> listIds = new LinkedHashMap<>();
    private final List<FeedList> lists = new ArrayList<>();
    private final List<FeedStats> stats = new ArrayList<>();

    Build(Clock clock, double maxDropRatio, FeedSnapshot previous, BuildListener listener) {
        this.clock = clock;
        this.maxDropRatio = maxDropRatio;
        this.previous = previous;
        this.listener = listener == null ? BuildListener.NONE : listener;
    }

    RefreshOutcome run(List<FeedSource> sources) {
        for (FeedSource source : sources) {
            try {
                FeedStats s = source.format() == FeedFormat.UT1 ? readUt1(source) : readFile(source);
                stats.add(s);
                String refusal = validate(s);
                if (refusal != null) {
                    return refused(refusal, s.name() + ": " + s.entries() + " entries, previously "
                            + previousEntries(s.name()));
                }
            } catch (IOException e) {
                return new RefreshOutcome(RefreshOutcome.Status.FAILED, previous, RefreshOutcome.UNREADABLE,
                        source.name() + ": " + e.getMessage(), stats);
            } catch (TooManyListsException e) {
                return refused(RefreshOutcome.INVALID, source.name() + ": more than " + MAX_LISTS + " categories");
            }
        }
        FeedSnapshot next = index();
        if (next == null) {
            return refused(RefreshOutcome.INVALID, "more than 65536 distinct category sets");
        }
        return new RefreshOutcome(RefreshOutcome.Status.SWAPPED, next, null, next.toString(), stats);
    }

    private RefreshOutcome refused(String code, String detail) {
        return new RefreshOutcome(RefreshOutcome.Status.REFUSED, previous, code, detail, stats);
    }

    // ------------------------------------------------------------------------------------------ validation

    private String validate(FeedStats s) {
        if (s.entries() == 0) {
            return RefreshOutcome.INVALID;
        }
        long before = previousEntries(s.name());
        if (before > 0 && s.entries() < before * (1 - maxDropRatio)) {
            return RefreshOutcome.SIZE_DROP;
        }
        return null;
    }

    private long previousEntries(String name) {
        return previous.sources().stream().filter(p -> p.name().equals(name)).mapToLong(FeedStats::entries)
                .findFirst().orElse(0);
    }

    // ------------------------------------------------------------------------------------------ reading

    private FeedStats readFile(FeedSource source) throws IOException {
        byte[] data = FeedReading.read(source.location(), "");
        if (data == null) {
            throw new IOException("not found");
        }
        int list = listId(source, source.category());
        FeedParser parser = new FeedParser(fp -> add(fp, list));
        parser.parse(data, source.format(), (l, e) -> listener.progress(source.name(), l, e));
        CRC32 crc = new CRC32();
        crc.update(data);
        return stats(source, parser.lines, parser.entries, parser.errors, header(data), crc);
    }

    private FeedStats readUt1(FeedSource source) throws IOException {
        byte[] index = FeedReading.read(source.location(), "categories.txt");
        List<String> categories = index != null ? lines(index) : listDirectories(source);
        CRC32 crc = new CRC32();
        long lines = 0;
        long entries = 0;
        long errors = 0;
        for (String category : categories) {
            int list = listId(source, category);
            for (String file : new String[] {"domains", "urls"}) {
                byte[] data = FeedReading.read(source.location(), category + "/" + file);
                if (data == null) {
                    continue;
                }
                crc.update(data);
                FeedParser parser = new FeedParser(fp -> add(fp, list));
                long linesBefore = lines;
                long entriesBefore = entries;
                parser.parse(data, file.equals("domains") ? FeedFormat.DOMAINS : FeedFormat.URLS,
                        (l, e) -> listener.progress(source.name(), linesBefore + l, entriesBefore + e));
                lines += parser.lines;
                entries += parser.entries;
                errors += parser.errors;
            }
        }
        byte[] version = FeedReading.read(source.location(), "VERSION");
        return stats(source, lines, entries, errors, version == null ? null : new String(version,
                StandardCharsets.UTF_8).strip(), crc);
    }

    private static List<String> listDirectories(FeedSource source) throws IOException {
        if (source.location().getScheme() != null && !source.location().getScheme().equals("file")) {
            throw new IOException("UT1 location without categories.txt");
        }
        try (var dirs = java.nio.file.Files.list(java.nio.file.Path.of(source.location()))) {
            return dirs.filter(java.nio.file.Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> lines(byte[] data) {
        return Arrays.stream(new String(data, StandardCharsets.UTF_8).split("\n")).map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static String header(byte[] data) {
        String head = new String(data, 0, Math.min(data.length, 2048), StandardCharsets.UTF_8);
        Matcher m = UPDATED.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private FeedStats stats(FeedSource source, long lines, long entries, long errors, String stated, CRC32 crc) {
        Instant fetched = clock.instant();
        String version = String.format("crc32:%08x", crc.getValue());
        if (stated != null) {
            try {
                fetched = Instant.parse(stated);
                version = stated;
            } catch (DateTimeParseException e) {
                version = stated;
            }
        }
        FeedStats s = new FeedStats(source.name(), source.licence(), source.format(), source.location().toString(),
                fetched, version, lines, entries, errors);
        for (Map.Entry<String, Integer> e : listIds.entrySet()) {
            if (e.getKey().startsWith(source.name() + "\u0000")) {
                FeedList l = lists.get(e.getValue());
                lists.set(e.getValue(), new FeedList(l.source(), l.category(), l.licence(), fetched, version));
            }
        }
        return s;
    }

    private int listId(FeedSource source, String category) {
        return listIds.computeIfAbsent(source.name() + "\u0000" + category, k -> {
            if (lists.size() >= MAX_LISTS) {
                throw new TooManyListsException();
            }
            lists.add(new FeedList(source.name(), category, source.licence(), Instant.EPOCH, ""));
            return lists.size() - 1;
        });
    }

    private void add(long fingerprint, int list) {
        if (size == packed.length) {
            packed = Arrays.copyOf(packed, packed.length * 2);
        }
        // The sign bit is flipped so that a signed sort orders the unsigned keys.
        packed[size++] = (FingerprintIndex.key(fingerprint) << LIST_BITS | list) ^ Long.MIN_VALUE;
    }

    // ------------------------------------------------------------------------------------------ index

    private FeedSnapshot index() {
        Arrays.parallelSort(packed, 0, size);

        long[] keys = new long[size];
        short[] sets = new short[size];
        Map<SetKey, Integer> setIds = new HashMap<>();
        List<int[]> setTable = new ArrayList<>();
        int n = 0;
        int[] buf = new int[MAX_LISTS];
        for (int i = 0; i < size; i++) {
            packed[i] ^= Long.MIN_VALUE;
        }
        for (int i = 0; i < size; ) {
            long key = packed[i] >>> LIST_BITS;
            int count = 0;
            int j = i;
            for (; j < size && packed[j] >>> LIST_BITS == key; j++) {
                int list = (int) (packed[j] & (MAX_LISTS - 1));
                if (count == 0 || buf[count - 1] != list) {
                    buf[count++] = list; // sorted by list id within a key, so duplicates are adjacent
                }
            }
            int[] set = Arrays.copyOf(buf, count);
            Integer id = setIds.get(new SetKey(set));
            if (id == null) {
                if (setTable.size() >= 65536) {
                    return null;
                }
                id = setTable.size();
                setTable.add(set);
                setIds.put(new SetKey(set), id);
            }
            keys[n] = key;
            sets[n] = (short) (int) id;
            n++;
            i = j;
        }
        packed = null;
        return new FeedSnapshot(previous.version() + 1, clock.instant(), stats,
                new FingerprintIndex(keys, sets, n), setTable.toArray(new int[0][]), lists);
    }

    private record SetKey(int[] lists) {
        @Override
        public boolean equals(Object o) {
            return o instanceof SetKey k && Arrays.equals(lists, k.lists);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(lists);
        }

        @Override
        public String toString() {
            return Arrays.toString(lists);
        }
    }

    private static final class TooManyListsException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyListsException() {
            super(null, null, false, false);
        }
    }
}
