package org.childsafe.deploy.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Measures the link checker's JSON API ({@code POST /api/urlcheck/check}) against a no-op endpoint
 * ({@code GET /api/ping}) on the same server and prints both and their ratio. The links rotate through safe,
 * listed, look-alike and IP-address cases so every verdict path is exercised. JDK only, so it runs with the
 * source launcher: {@code java UrlCheckLoadDriver.java http://localhost:18181 4 20}. Loopback only; bounded by
 * the duration given; it stops by itself.
 */
public final class UrlCheckLoadDriver {

    private static final String[] LINKS = {
        "https://example.com/homework", "https://www.vietcombank.com.vn/", "https://vietcornbank.com.vn/login",
        "http://192.168.1.20/game", "https://bit.ly/abc", "https://www.pornhub.com/", "https://vnexpress.net/the-thao",
        "https://xn--80ak6aa92e.com/", "https://games.example.org/play?level=3", "https://mail.google.com/mail/u/0/"};

    private UrlCheckLoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://localhost:18181");
        if (!"localhost".equals(base.getHost()) && !base.getHost().startsWith("127.")) {
            throw new IllegalArgumentException("Load is only ever sent to this machine (localhost).");
        }
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int seconds = Math.min(args.length > 2 ? Integer.parseInt(args[2]) : 20, 300);
        run(base, threads, 3, false);
        double ping = run(base, threads, seconds, false);
        run(base, threads, 3, true);
        double checks = run(base, threads, seconds, true);
        System.out.printf("threads=%d seconds=%d%n", threads, seconds);
        System.out.printf("no-op GET /api/ping: %.0f req/s%n", ping);
        System.out.printf("POST /api/urlcheck/check: %.0f req/s%n", checks);
        System.out.printf("ratio check/no-op: %.3f%n", checks / ping);
    }

    private static double run(URI base, int threads, int seconds, boolean check) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        LongAdder ok = new LongAdder();
        LongAdder failed = new LongAdder();
        AtomicInteger next = new AtomicInteger();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            futures.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    try {
                        boolean answered = check ? check(client, base, LINKS[Math.floorMod(next.getAndIncrement(), LINKS.length)])
                                : ping(client, base);
                        (answered ? ok : failed).increment();
                    } catch (Exception e) {
                        failed.increment();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (failed.sum() > 0) {
            System.out.printf("  (%s: %d failed)%n", check ? "check" : "ping", failed.sum());
        }
        return ok.sum() / elapsed;
    }

    private static boolean ping(HttpClient client, URI base) throws Exception {
        return client.send(HttpRequest.newBuilder(base.resolve("/api/ping")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode() == 204;
    }

    private static boolean check(HttpClient client, URI base, String link) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve("/api/urlcheck/check"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"" + link + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 && response.body().contains("\"rating\"");
    }
}
