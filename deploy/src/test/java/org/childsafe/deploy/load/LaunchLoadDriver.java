package org.childsafe.deploy.load;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures LTI launches per second (login initiation + the demo platform's authorization + launch) against a
 * no-op endpoint ({@code GET /api/ping}) on the same server, and prints both and their ratio. JDK only, so it
 * runs with the source launcher: {@code java LaunchLoadDriver.java http://localhost:18181 4 20}.
 * Loopback only; bounded by the duration given; it stops by itself.
 */
public final class LaunchLoadDriver {

    private static final Pattern HIDDEN = Pattern.compile("name=\"([a-z_]+)\" value=\"([^\"]*)\"");

    private LaunchLoadDriver() {
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
        double launches = run(base, threads, seconds, true);
        System.out.printf("threads=%d seconds=%d%n", threads, seconds);
        System.out.printf("no-op GET /api/ping: %.0f req/s%n", ping);
        System.out.printf("LTI launches (3 HTTP exchanges each): %.1f launches/s%n", launches);
        System.out.printf("ratio launches/no-op: %.4f (%.2f%% of no-op throughput; per exchange %.4f)%n",
                launches / ping, 100 * launches / ping, 3 * launches / ping);
    }

    private static double run(URI base, int threads, int seconds, boolean launch) throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        LongAdder ok = new LongAdder();
        LongAdder failed = new LongAdder();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            futures.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    try {
                        if (launch ? launch(client, base) : ping(client, base)) {
                            ok.increment();
                        } else {
                            failed.increment();
                        }
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
            System.out.printf("  (%s: %d failed)%n", launch ? "launch" : "ping", failed.sum());
        }
        return ok.sum() / elapsed;
    }

    private static boolean ping(HttpClient client, URI base) throws Exception {
        return client.send(HttpRequest.newBuilder(base.resolve("/api/ping")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode() == 204;
    }

    private static boolean launch(HttpClient client, URI base) throws Exception {
        String login = "/lti/login?iss=" + enc(base + "/demo") + "&login_hint=student&target_link_uri="
                + enc(base + "/launch/lessons") + "&lti_message_hint=lessons&client_id=childsafe-demo&lti_deployment_id=demo-school-1";
        HttpResponse<Void> initiation = client.send(HttpRequest.newBuilder(base.resolve(login)).build(),
                HttpResponse.BodyHandlers.discarding());
        String cookie = initiation.headers().firstValue("Set-Cookie").map(c -> c.split(";", 2)[0]).orElse("");
        String location = initiation.headers().firstValue("Location").orElseThrow();
        String form = client.send(HttpRequest.newBuilder(URI.create(location)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        StringBuilder body = new StringBuilder();
        Matcher m = HIDDEN.matcher(form);
        while (m.find()) {
            body.append(body.length() == 0 ? "" : "&").append(m.group(1)).append('=').append(enc(m.group(2)));
        }
        HttpResponse<Void> launched = client.send(HttpRequest.newBuilder(base.resolve("/lti/launch"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.discarding());
        return launched.statusCode() == 303;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
