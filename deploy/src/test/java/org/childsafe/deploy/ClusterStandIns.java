package org.childsafe.deploy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The outside world of {@link ClusterIT}, each a JDK {@link HttpServer} on 127.0.0.1 with a free port that counts
 * what it receives: the national network (referrals, by {@code Idempotency-Key}) and a feed provider (downloads).
 */
final class ClusterStandIns {

    private ClusterStandIns() {
    }

    /**
     * The national network's referral webhook at {@code /referrals}. While closed it answers 503 (a network that is
     * down: the tool retries); while open it accepts, 201 for a new {@code Idempotency-Key} and 200 for one it
     * already has, and counts every accepted POST per key, so a referral sent twice shows as a count of 2.
     */
    static final class Network implements AutoCloseable {

        private final HttpServer server;
        private final ExecutorService executor = Executors.newFixedThreadPool(4);
        private final Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
        private final AtomicInteger refused = new AtomicInteger();
        private volatile boolean open = true;

        Network() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(executor);
            server.createContext("/referrals", this::receive);
            server.start();
        }

        URI referralsUrl() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/referrals");
        }

        void open(boolean open) {
            this.open = open;
        }

        /** Accepted POSTs per idempotency key. */
        Map<String, Integer> accepted() {
            Map<String, Integer> copy = new java.util.TreeMap<>();
            accepted.forEach((key, count) -> copy.put(key, count.get()));
            return copy;
        }

        int refused() {
            return refused.get();
        }

        private void receive(HttpExchange exchange) throws IOException {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
                if (!open || key == null) {
                    refused.incrementAndGet();
                    answer(exchange, open ? 400 : 503, "{}");
                    return;
                }
                int count = accepted.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                answer(exchange, count == 1 ? 201 : 200, "{\"reference\":\"VN-CLUSTER-" + key.hashCode() + "\"}");
            }
        }

        @Override
        public void close() {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    /** A feed provider serving one plain domain list at {@code /bad-domains.txt}; counts downloads. */
    static final class Feed implements AutoCloseable {

        private final HttpServer server;
        private final ExecutorService executor = Executors.newFixedThreadPool(2);
        private final AtomicInteger downloads = new AtomicInteger();
        private volatile String body;

        Feed(String body) throws IOException {
            this.body = body;
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(executor);
            server.createContext("/bad-domains.txt", exchange -> {
                try (exchange) {
                    downloads.incrementAndGet();
                    answer(exchange, 200, this.body);
                }
            });
            server.start();
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/bad-domains.txt");
        }

        /** From now on the feed has this content (a new version). */
        void publish(String newBody) {
            body = newBody;
        }

        int downloads() {
            return downloads.get();
        }

        @Override
        public void close() {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    private static void answer(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", text.startsWith("{") ? "application/json" : "text/plain");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
