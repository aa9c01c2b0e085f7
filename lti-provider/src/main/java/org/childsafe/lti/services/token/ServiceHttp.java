package org.childsafe.lti.services.token;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import org.childsafe.lti.services.ServiceErrors;
import org.childsafe.lti.services.ServiceException;

/**
 * The one place that talks HTTP to platforms: a {@link HttpClient} with a connect timeout, a timeout on every
 * request and a cap on the body read. A timeout or I/O failure becomes {@code service.unavailable} (retryable),
 * a body over the cap {@code service.malformed_response}.
 */
public class ServiceHttp {

    /** Defaults: 5 s to connect, 15 s per request, 1 MiB per body. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(15);
    public static final int DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;

    private final HttpClient client;
    private final Duration requestTimeout;
    private final int maxResponseBytes;

    public ServiceHttp(Duration connectTimeout, Duration requestTimeout, int maxResponseBytes) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(Objects.requireNonNull(connectTimeout, "Connect timeout is required."))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "Request timeout is required.");
        if (maxResponseBytes <= 0) {
            throw new IllegalArgumentException("Maximum response size must be positive.");
        }
        this.maxResponseBytes = maxResponseBytes;
    }

    /** With the default timeouts and size cap. */
    public static ServiceHttp withDefaults() {
        return new ServiceHttp(DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES);
    }

    /** A request builder for {@code uri} with this client's request timeout. */
    public HttpRequest.Builder request(java.net.URI uri) {
        return HttpRequest.newBuilder(uri).timeout(requestTimeout);
    }

    /** Sends the request and reads the body; never returns for a timeout, I/O failure or oversized body. */
    public ServiceResponse send(HttpRequest request) {
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw unavailable(request, "timed out", e);
        } catch (IOException e) {
            throw unavailable(request, "failed (" + e.getClass().getSimpleName() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(request, "was interrupted", e);
        }
        return new ServiceResponse(request.uri(), response.statusCode(), response.headers(), readBody(request, response));
    }

    private String readBody(HttpRequest request, HttpResponse<InputStream> response) {
        try (InputStream in = response.body()) {
            byte[] bytes = in.readNBytes(maxResponseBytes + 1);
            if (bytes.length > maxResponseBytes) {
                throw new ServiceException(ServiceErrors.MALFORMED_RESPONSE, request.method() + " " + request.uri()
                        + " answered more than " + maxResponseBytes + " bytes.", response.statusCode(), null);
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (HttpTimeoutException e) {
            throw unavailable(request, "timed out while reading", e);
        } catch (IOException e) {
            throw unavailable(request, "failed while reading (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static ServiceException unavailable(HttpRequest request, String what, Exception cause) {
        return new ServiceException(ServiceErrors.UNAVAILABLE, request.method() + " " + request.uri() + " " + what + ".",
                0, null, true, cause);
    }
}
