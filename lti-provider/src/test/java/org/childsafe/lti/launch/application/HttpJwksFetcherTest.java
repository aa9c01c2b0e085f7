package org.childsafe.lti.launch.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.childsafe.lti.testplatform.MutableClock;
import org.childsafe.lti.testplatform.TestPlatform;

class HttpJwksFetcherTest {

    private static final Duration TIMEOUT = Duration.ofMillis(500);

    private final TestPlatform platform = new TestPlatform(MutableClock.atDefaultStart());
    private final HttpJwksFetcher fetcher = new HttpJwksFetcher(TIMEOUT, TIMEOUT);
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/ok", ex -> reply(ex, 200, platform.publicJwks().toString()));
        server.createContext("/error", ex -> reply(ex, 500, "{}"));
        server.createContext("/redirect", ex -> {
            ex.getResponseHeaders().set("Location", "/ok");
            reply(ex, 302, "");
        });
        server.createContext("/slow", ex -> {
            sleep(Duration.ofMillis(1500));
            reply(ex, 200, platform.publicJwks().toString());
        });
        // A valid JWKS padded with whitespace: only the size limit can reject it.
        server.createContext("/oversized",
                ex -> reply(ex, 200, platform.publicJwks() + " ".repeat(HttpJwksFetcher.MAX_BODY_BYTES)));
        server.createContext("/malformed", ex -> reply(ex, 200, "<html>not json</html>"));
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        executor.shutdownNow();
    }

    @Test
    void fetchesAndParsesTheJwks() throws IOException {
        JWKSet set = fetcher.fetch(uri("/ok"));

        assertThat(set.getKeyByKeyId(TestPlatform.FIRST_KID)).isEqualTo(platform.currentKey().toPublicJWK());
    }

    @Test
    void rejectsAServerError() {
        assertThrows(IOException.class, () -> fetcher.fetch(uri("/error")));
    }

    @Test
    void doesNotFollowRedirects() {
        assertThrows(IOException.class, () -> fetcher.fetch(uri("/redirect")));
    }

    @Test
    void timesOutOnASlowServer() {
        long start = System.nanoTime();

        assertThrows(IOException.class, () -> fetcher.fetch(uri("/slow")));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void rejectsAnOversizedBody() {
        assertThrows(IOException.class, () -> fetcher.fetch(uri("/oversized")));
    }

    @Test
    void rejectsAMalformedBody() {
        assertThrows(IOException.class, () -> fetcher.fetch(uri("/malformed")));
    }

    @Test
    void refusesNonHttpSchemes() {
        assertThrows(IOException.class, () -> fetcher.fetch(URI.create("file:///etc/passwd")));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException e) {
            // The client may hang up first (timeout, size limit); nothing to do in a test server.
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
