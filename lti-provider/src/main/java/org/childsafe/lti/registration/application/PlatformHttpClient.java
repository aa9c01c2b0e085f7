package org.childsafe.lti.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.childsafe.lti.launch.application.LimitedBodySubscriber;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.childsafe.lti.config.ToolConfig;
import org.childsafe.lti.config.ToolMode;

/**
 * The bounded, SSRF-aware HTTP client of Dynamic Registration. The URLs come from an anonymous GET request, so
 * anyone can make the tool fetch them: they must not reach the tool's own network.
 *
 * <h2>Invariants</h2>
 * <ul>
 * <li>Only {@code https}; {@code http} only to {@code localhost}/{@code 127.0.0.1} in demo mode.</li>
 * <li>Before connecting, every address the host resolves to is checked: link-local and cloud metadata addresses
 * ({@code 169.254.0.0/16}, {@code fe80::/10}, {@code fd00:ec2::254}) are always refused; outside demo mode
 * also loopback, wildcard, private ({@code 10/8}, {@code 172.16/12}, {@code 192.168/16}, {@code fc00::/7}) and
 * multicast addresses.</li>
 * <li>Connect timeout and a limit on the whole exchange; bodies over {@value #MAX_BODY_BYTES} bytes are refused
 * without being held in memory; redirects are never followed (a 3xx is an error status to the caller).</li>
 * </ul>
 * Known limit: the JDK client resolves the host again when it connects, so a DNS answer that changes between the
 * check and the connection (DNS rebinding) is not caught; an egress firewall is the complete defence.
 */
@ApplicationScoped
public class PlatformHttpClient {

    /** The largest body accepted, 64 KiB. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private static final byte[] EC2_METADATA_V6 = parse("fd00:ec2::254");

    private HttpClient client;
    private Duration timeout;
    private boolean demo;

    /** For CDI normal-scope client proxies only; never call it. */
    protected PlatformHttpClient() {
    }

    @Inject
    public PlatformHttpClient(ToolConfig config) {
        this(config.mode() == ToolMode.DEMO, Duration.ofSeconds(5));
    }

    PlatformHttpClient(boolean demo, Duration timeout) {
        this.demo = demo;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** An HTTP answer: status and body text (UTF-8). */
    public record Answer(int status, String body) {
    }

    public Answer get(URI uri) {
        check(uri);
        return send(HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json").GET().build());
    }

    public Answer postJson(URI uri, String json, Optional<String> bearerToken) {
        check(uri);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        bearerToken.ifPresent(token -> request.header("Authorization", "Bearer " + token));
        return send(request.build());
    }

    /** Refuses a URL this client may not fetch, before any connection; see the class invariants. */
    public void check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (host == null || uri.getUserInfo() != null) {
            throw forbidden(uri, "not an absolute URL without credentials");
        }
        boolean localHttp = demo && isLocalName(host);
        if (!scheme.equals("https") && !(scheme.equals("http") && localHttp)) {
            throw forbidden(uri, "only https is allowed");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new DynamicRegistrationException(DynamicRegistrationException.PLATFORM_UNAVAILABLE,
                    "Unknown host in " + uri, e);
        }
        for (InetAddress address : addresses) {
            if (!allowed(address)) {
                throw forbidden(uri, "address " + address.getHostAddress() + " is not allowed");
            }
        }
    }

    /** Whether this client may connect to {@code address}. */
    boolean allowed(InetAddress address) {
        if (address.isLinkLocalAddress() || java.util.Arrays.equals(address.getAddress(), EC2_METADATA_V6)) {
            return false;
        }
        if (address.isLoopbackAddress()) {
            return demo;
        }
        return !(address.isAnyLocalAddress() || address.isSiteLocalAddress() || address.isMulticastAddress()
                || isUniqueLocal(address));
    }

    private static boolean isLocalName(String host) {
        return host.equalsIgnoreCase("localhost") || host.equals("127.0.0.1");
    }

    private static boolean isUniqueLocal(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }

    private static DynamicRegistrationException forbidden(URI uri, String why) {
        return new DynamicRegistrationException(DynamicRegistrationException.FORBIDDEN_URL,
                "Refused to fetch " + uri + ": " + why);
    }

    private Answer send(HttpRequest request) {
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request, info -> new LimitedBodySubscriber(MAX_BODY_BYTES));
        try {
            HttpResponse<byte[]> response = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Answer(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw unavailable(request, "timed out", e);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw unavailable(request, "interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof LimitedBodySubscriber.BodyTooLargeException tooLarge) {
                throw new DynamicRegistrationException(DynamicRegistrationException.MALFORMED,
                        request.uri() + " answered more than " + MAX_BODY_BYTES + " bytes", tooLarge);
            }
            throw unavailable(request, "failed", e.getCause());
        }
    }

    private static DynamicRegistrationException unavailable(HttpRequest request, String what, Throwable cause) {
        return new DynamicRegistrationException(DynamicRegistrationException.PLATFORM_UNAVAILABLE,
                request.method() + " " + request.uri() + " " + what, cause);
    }

    private static byte[] parse(String literal) {
        try {
            return InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

}
