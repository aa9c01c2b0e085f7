package org.childsafe.lti.testplatform;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A platform's service endpoints on {@code 127.0.0.1:<free port>} for client tests: an OAuth token endpoint at
 * {@code /token} that issues {@code token-1}, {@code token-2}, … and answers queued per path. Every request is
 * recorded. Close it after each test.
 */
public final class StubPlatformServices implements AutoCloseable {

    /** One recorded request. */
    public record Recorded(String method, URI uri, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    /** One canned answer; {@code delayMillis} before answering. */
    public record Answer(int status, Map<String, String> headers, String body, long delayMillis) {

        public static Answer json(int status, String body) {
            return new Answer(status, Map.of("Content-Type", "application/json"), body, 0);
        }

        public static Answer of(int status, String contentType, String body) {
            return new Answer(status, Map.of("Content-Type", contentType), body, 0);
        }

        public Answer withHeader(String name, String value) {
            Map<String, String> all = new java.util.LinkedHashMap<>(headers);
            all.put(name, value);
            return new Answer(status, all, body, delayMillis);
        }

        public Answer delayed(long millis) {
            return new Answer(status, headers, body, millis);
        }
    }

    private final HttpServer server;
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Function<Recorded, Answer>>> queued = new ConcurrentHashMap<>();
    private final Map<String, Function<Recorded, Answer>> defaults = new ConcurrentHashMap<>();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private volatile long tokenLifetimeSeconds = 3600;

    public StubPlatformServices() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        defaults.put("/token", r -> Answer.json(200, "{\"access_token\":\"token-" + tokensIssued.incrementAndGet()
                + "\",\"token_type\":\"Bearer\",\"expires_in\":" + tokenLifetimeSeconds + "}"));
        server.start();
    }

    /** The absolute URL of {@code pathAndQuery} on this server. */
    public URI url(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
    }

    /** Answers every request to {@code path} (without query) this way, after the queued answers are used up. */
    public StubPlatformServices always(String path, Function<Recorded, Answer> answer) {
        defaults.put(path, answer);
        return this;
    }

    /** Answers the next request to {@code path} this way. */
    public StubPlatformServices once(String path, Answer answer) {
        queued.computeIfAbsent(path, p -> new ArrayDeque<>()).add(r -> answer);
        return this;
    }

    /** Lifetime of the tokens {@code /token} issues. */
    public StubPlatformServices tokenLifetime(long seconds) {
        tokenLifetimeSeconds = seconds;
        return this;
    }

    /** All requests so far, oldest first. */
    public List<Recorded> requests() {
        return List.copyOf(requests);
    }

    /** The requests to {@code path} (without query). */
    public List<Recorded> requestsTo(String path) {
        return requests.stream().filter(r -> r.uri().getPath().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Recorded recorded = new Recorded(exchange.getRequestMethod(), exchange.getRequestURI(),
                    Map.copyOf(exchange.getRequestHeaders()), body);
            requests.add(recorded);
            String path = exchange.getRequestURI().getPath();
            Deque<Function<Recorded, Answer>> queue = queued.get(path);
            Function<Recorded, Answer> handler;
            synchronized (this) {
                handler = queue != null && !queue.isEmpty() ? queue.poll() : defaults.get(path);
            }
            Answer answer = handler != null ? handler.apply(recorded) : Answer.json(404, "{\"message\":\"no route\"}");
            if (answer.delayMillis() > 0) {
                Thread.sleep(answer.delayMillis());
            }
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
