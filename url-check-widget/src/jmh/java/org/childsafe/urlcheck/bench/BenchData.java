package org.childsafe.urlcheck.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.childsafe.urlcheck.feeds.BundledFeeds;
import org.childsafe.urlcheck.feeds.FeedFormat;
import org.childsafe.urlcheck.feeds.FeedSource;

/**
 * Benchmark data: the real bundled feeds (UT1 + URLhaus, read from {@code src/feeds}) plus a generated domain
 * list that brings the index to {@value #TARGET_ENTRIES} entries, and a fixed mix of URLs to check.
 */
final class BenchData {

    static final int TARGET_ENTRIES = 5_000_000;
    /** Distinct entries the real data contributes (measured: the generated list tops it up to the target). */
    static final int REAL_ENTRIES_ESTIMATE = 700_000;

    private BenchData() {
    }

    static Path feedsRoot() {
        Path p = Path.of("src/feeds/org/childsafe/urlcheck/feeds/data");
        if (!Files.isDirectory(p)) {
            p = Path.of("url-check-widget/src/feeds/org/childsafe/urlcheck/feeds/data");
        }
        return p.toAbsolutePath();
    }

    /** Writes {@code count} random domains (once, cached under target/) and returns the file. */
    static Path generated(int count) {
        Path f = Path.of(System.getProperty("java.io.tmpdir"), "urlcheck-bench-generated-" + count + ".txt");
        if (Files.exists(f)) {
            return f;
        }
        SplittableRandom r = new SplittableRandom(42);
        String[] tlds = {"com", "net", "org", "info", "vn", "com.vn", "xyz", "top", "site", "ru", "io"};
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.US_ASCII)) {
            StringBuilder sb = new StringBuilder(40);
            for (int i = 0; i < count; i++) {
                sb.setLength(0);
                if (r.nextInt(4) == 0) {
                    sb.append(label(r, 3, 8)).append('.');
                }
                sb.append(label(r, 5, 14)).append('.').append(tlds[r.nextInt(tlds.length)]);
                w.write(sb.toString());
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return f;
    }

    private static String label(SplittableRandom r, int min, int max) {
        int n = min + r.nextInt(max - min + 1);
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            int x = r.nextInt(37);
            c[i] = x < 26 ? (char) ('a' + x) : x < 36 ? (char) ('0' + x - 26) : '-';
        }
        if (c[0] == '-') {
            c[0] = 'a';
        }
        if (c[n - 1] == '-') {
            c[n - 1] = 'z';
        }
        return new String(c);
    }

    static List<FeedSource> sources(int generatedCount) {
        List<FeedSource> out = new ArrayList<>(BundledFeeds.sources(feedsRoot().toUri().toString()));
        out.add(new FeedSource("generated", "none", FeedFormat.DOMAINS, generated(generatedCount).toUri(), "games", ""));
        return out;
    }

    /**
     * A fixed mix of 1024 links: a third listed in the real feeds (with a path), two thirds not listed
     * (ordinary Vietnamese and international sites with paths and queries), some with upper case, ports,
     * escapes and look-alikes.
     */
    /**
     * 65,536 links with distinct random hosts that are in no feed ("cold": no cache helps, every index probe
     * misses), with paths and queries.
     */
    static String[] coldUrls() {
        SplittableRandom r = new SplittableRandom(99);
        String[] tlds = {"com", "vn", "com.vn", "edu.vn", "net", "org"};
        String[] out = new String[65_536];
        for (int i = 0; i < out.length; i++) {
            out[i] = "https://" + (r.nextBoolean() ? "www." : "") + label(r, 5, 12) + "." + tlds[r.nextInt(tlds.length)]
                    + "/" + label(r, 3, 9) + "/" + label(r, 4, 10) + ".html?id=" + r.nextInt(100_000);
        }
        return out;
    }

    static String[] urls() {
        List<String> listed;
        try {
            listed = Files.readAllLines(feedsRoot().resolve("ut1/blacklists/malware/domains")).subList(1000, 1400);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] clean = {"https://www.google.com/search?q=b%C3%A0i+t%E1%BA%ADp+to%C3%A1n+l%E1%BB%9Bp+5",
                "https://vnexpress.net/giao-duc/tuyen-sinh-lop-10-4812345.html",
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://vi.wikipedia.org/wiki/H%C3%A0_N%E1%BB%99i",
                "http://thcs-nguyendu.edu.vn/tin-tuc/thong-bao/lich-thi-hoc-ky-1", "https://olm.vn/bai-hoc/toan-lop-6",
                "https://www.facebook.com/groups/123456789/posts/987654321/", "https://Shopee.VN/ao-dong-phuc-hoc-sinh-i.1.2",
                "https://docs.google.com/document/d/1AbCdEf/edit#heading=h.1", "https://www.roblox.com/games/920587237/Adopt-Me",
                "https://hocmai.vn/khoa-hoc-truc-tuyen/500/luyen-thi-vao-lop-10.html", "https://zalo.me/g/abcdef123",
                "http://vietc0mbank-xacthuc.com/login.php?id=77", "https://tiki.vn/sach-giao-khoa-lop-7-p123.html?spid=9"};
        Random r = new Random(7);
        String[] out = new String[1024];
        for (int i = 0; i < out.length; i++) {
            out[i] = i % 3 == 0 ? "http://" + listed.get(r.nextInt(listed.size())) + "/index.php?page=" + i
                    : clean[r.nextInt(clean.length)];
        }
        return out;
    }
}
