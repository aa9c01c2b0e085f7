package org.childsafe.lti.launch.application;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.nimbusds.jose.jwk.JWKSet;

/**
 * {@link JwksFetcher} over {@code java.net.http}.
 *
 * <p>It exists because the platform JWKS URL is an outbound call to a third party on the launch
 * path, so it must be bounded. Invariants: only {@code http}/{@code https} URIs are fetched;
 * redirects are not followed; connecting is limited by the connect timeout and the whole
 * exchange, body included, by the request timeout; a body larger than {@value #MAX_BODY_BYTES}
 * bytes, a status other than 200 or an unparsable body is an {@link IOException}.
 */
public class HttpJwksFetcher implements JwksFetcher {

    /** The largest JWKS body accepted, 256 KiB. */
    public static final int MAX_BODY_BYTES = 256 * 1024;

    private final HttpClient client;
    private final Duration requestTimeout;

    /** For CDI normal-scope client proxies only (STYLE §7.4); never call it. */
    protected HttpJwksFetcher() {
        this.client = null;
        this.requestTimeout = null;
    }

    /**
     * @param connectTimeout limit for establishing the TCP/TLS connection
     * @param requestTimeout limit for the whole exchange, until the last body byte
     */
    public HttpJwksFetcher(Duration connectTimeout, Duration requestTimeout) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(Objects.requireNonNull(connectTimeout, "Connect timeout is required."))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "Request timeout is required.");
    }

    @Override
    public JWKSet fetch(URI jwksUri) throws IOException {
        String scheme = jwksUri.getScheme();
        if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)) {
            throw new IOException("JWKS URI must be http or https: " + jwksUri);
        }
        HttpRequest request = HttpRequest.newBuilder(jwksUri)
                .timeout(requestTimeout)
                .header("Accept", "application/jwk-set+json, application/json")
                .GET()
                .build();
        HttpResponse<byte[]> response = send(request);
        if (response.statusCode() != 200) {
            throw new IOException("JWKS " + jwksUri + " answered HTTP " + response.statusCode());
        }
        return parse(new String(response.body(), StandardCharsets.UTF_8), jwksUri);
    }

    private HttpResponse<byte[]> send(HttpRequest request) throws IOException {
        CompletableFuture<HttpResponse<byte[]>> exchange =
                client.sendAsync(request, info -> new LimitedBodySubscriber(MAX_BODY_BYTES));
        try {
            return exchange.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new HttpTimeoutException("JWKS " + request.uri() + " timed out");
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while fetching JWKS " + request.uri());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof IOException io ? io : new IOException("JWKS " + request.uri() + " failed", cause);
        }
    }

    private static JWKSet parse(String json, URI jwksUri) throws IOException {
        try {
            return JWKSet.parse(json);
        } catch (ParseException e) {
            throw new IOException("JWKS " + jwksUri + " is not a valid JWK set", e);
        }
    }
}
