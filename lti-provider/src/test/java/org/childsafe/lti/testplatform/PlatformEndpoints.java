package org.childsafe.lti.testplatform;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * The HTTP side of {@link TestPlatform}: a JDK {@link HttpServer} on 127.0.0.1 with an ephemeral
 * port serving {@code /jwks} (always the live key set) and {@code /auth} (recorded, then handed to
 * the platform's handler).
 */
final class PlatformEndpoints implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Supplier<JWKSet> jwks;
    private final AtomicInteger jwksRequests = new AtomicInteger();
    private final List<URI> authRequests = new CopyOnWriteArrayList<>();

    PlatformEndpoints(Supplier<JWKSet> jwks, HttpHandler authHandler) throws IOException {
        this.jwks = Objects.requireNonNull(jwks);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/jwks", this::serveJwks);
        server.createContext("/auth", exchange -> {
            authRequests.add(exchange.getRequestURI());
            authHandler.handle(exchange);
        });
        server.start();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    int jwksRequestCount() {
        return jwksRequests.get();
    }

    List<URI> authRequests() {
        return List.copyOf(authRequests);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void serveJwks(HttpExchange exchange) throws IOException {
        jwksRequests.incrementAndGet();
        byte[] body = jwks.get().toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
