package org.childsafe.report.referral.infrastructure;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.Map;
import org.childsafe.report.referral.application.DeliveryAttempt;
import org.childsafe.report.referral.application.DeliveryOutcome;
import org.childsafe.report.referral.application.NetworkConnector;
import org.childsafe.report.referral.application.ReferralConfig;

/**
 * The default {@link NetworkConnector}: an HTTPS JSON webhook.
 *
 * <h2>Request</h2>
 * {@code POST report.network.url}, {@code Content-Type: application/json}, headers {@code Idempotency-Key} (the
 * referral's key, the same on every retry) and {@code X-ChildSafe-Attempt}; body {@code {"jws":"<compact JWS>"}}.
 * Redirects are not followed (a referral goes only where it is configured to go).
 *
 * <h2>Answers</h2>
 * 2xx: delivered (the optional JSON member {@code reference} is kept as the network's reference); 409: the network
 * already has this idempotency key, also delivered; anything else, a timeout or an I/O error: a failed attempt with
 * code {@code http.<status>}, {@code timeout} or {@code io}. Response bodies are read only up to
 * {@value #MAX_BODY} characters and never logged.
 */
@ApplicationScoped
public class WebhookConnector implements NetworkConnector {

    /** The connector id for {@code report.network.connector}. */
    public static final String ID = "webhook";

    static final int MAX_BODY = 4096;

    @Inject
    ReferralConfig config;

    private HttpClient client;
    private URI fixedUrl;
    private Duration fixedTimeout;

    protected WebhookConnector() {
    }

    /** For tests outside the container. */
    public WebhookConnector(URI url, Duration timeout) {
        this.fixedUrl = url;
        this.fixedTimeout = timeout;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public DeliveryOutcome deliver(DeliveryAttempt attempt) {
        URI url = fixedUrl != null ? fixedUrl : config.url().orElseThrow(
                () -> new IllegalStateException("report.network.url is not set."));
        Duration timeout = fixedTimeout != null ? fixedTimeout : config.timeout();
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Idempotency-Key", attempt.idempotencyKey())
                .header("X-ChildSafe-Attempt", Integer.toString(attempt.attempt()))
                .POST(HttpRequest.BodyPublishers.ofString(
                        JSONObjectUtils.toJSONString(Map.of("jws", attempt.signedMessage())), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = client(timeout).send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status / 100 == 2) {
                return DeliveryOutcome.delivered(status, reference(response.body()));
            }
            if (status == 409) {
                return DeliveryOutcome.delivered(status, null);
            }
            return DeliveryOutcome.failed(status, "http." + status);
        } catch (HttpTimeoutException e) {
            return DeliveryOutcome.failed(0, "timeout");
        } catch (IOException e) {
            return DeliveryOutcome.failed(0, "io");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryOutcome.failed(0, "interrupted");
        }
    }

    private synchronized HttpClient client(Duration timeout) {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .connectTimeout(timeout)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }
        return client;
    }

    private static String reference(String body) {
        if (body == null || body.isBlank() || body.length() > MAX_BODY) {
            return null;
        }
        try {
            Object reference = JSONObjectUtils.parse(body).get("reference");
            return reference instanceof String text ? text : null;
        } catch (ParseException e) {
            return null;
        }
    }
}
