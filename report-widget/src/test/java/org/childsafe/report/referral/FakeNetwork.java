package org.childsafe.report.referral;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Our stand-in for the national network: a JDK {@link HttpServer} on 127.0.0.1 that keeps referrals by
 * idempotency key (as the real network must) and misbehaves on request. Each request takes the next scripted
 * {@link Behaviour}; when the script is empty it accepts.
 */
public final class FakeNetwork implements AutoCloseable {

    /** What the next request gets. */
    public enum Behaviour {
        /** Store the referral (once per key) and answer 201 with a reference. */
        ACCEPT,
        /** Answer 500 without storing. */
        FAIL_500,
        /** Answer 503 without storing. */
        FAIL_503,
        /** Store the referral, then never answer within the client's timeout (the answer is lost). */
        ACCEPT_THEN_HANG,
        /** Close the connection without any answer. */
        DROP
    }

    /** One request as received. */
    public record Received(String idempotencyKey, String attempt, String jws) {
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Behaviour> script = new ConcurrentLinkedQueue<>();
    private final List<Received> requests = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> stored = new ConcurrentHashMap<>();
    private final CountDownLatch release = new CountDownLatch(1);

    public FakeNetwork() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/referrals", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/referrals");
    }

    public FakeNetwork then(Behaviour... behaviours) {
        script.addAll(List.of(behaviours));
        return this;
    }

    /** Every request, duplicates included. */
    public List<Received> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** The referrals the network keeps: one per idempotency key, the JWS first received. */
    public Map<String, String> stored() {
        return Map.copyOf(stored);
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        String jws;
        try {
            jws = (String) JSONObjectUtils.parse(body).get("jws");
        } catch (java.text.ParseException e) {
            jws = null;
        }
        requests.add(new Received(key, exchange.getRequestHeaders().getFirst("X-ChildSafe-Attempt"), jws));
        Behaviour behaviour = script.poll();
        switch (behaviour == null ? Behaviour.ACCEPT : behaviour) {
            case ACCEPT -> {
                boolean fresh = stored.putIfAbsent(key, jws) == null;
                answer(exchange, fresh ? 201 : 200, "{\"reference\":\"VN-COP-" + Math.abs(key.hashCode()) + "\"}");
            }
            case FAIL_500 -> answer(exchange, 500, "{\"error\":\"internal\"}");
            case FAIL_503 -> answer(exchange, 503, "{\"error\":\"maintenance\"}");
            case ACCEPT_THEN_HANG -> {
                stored.putIfAbsent(key, jws);
                await();
                exchange.close();
            }
            case DROP -> exchange.close();
        }
    }

    private void await() {
        try {
            release.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
