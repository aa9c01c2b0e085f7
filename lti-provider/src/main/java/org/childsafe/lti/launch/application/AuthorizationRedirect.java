package org.childsafe.lti.launch.application;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.childsafe.lti.launch.domain.LaunchState;

/**
 * The OIDC authentication request the browser must be sent to (IMS Security Framework §5.1.1.2,
 * OIDC Core §3.1.2.1), either as a GET redirect ({@link #toUri()}) or as an auto-submitted form
 * POST of {@link #params()} to {@link #authUri()}.
 *
 * <p>Invariant: {@code params} is an unmodifiable, ordered map; the saved {@code state} is
 * included so the web layer can set the binding cookie and, with lti_storage_target, put state
 * and nonce into platform storage.
 *
 * @param authUri the platform's authorization endpoint, possibly with its own query
 * @param params  the request parameters in sending order
 * @param state   the state saved for this login
 */
public record AuthorizationRedirect(URI authUri, Map<String, String> params, LaunchState state) {

    public AuthorizationRedirect {
        Objects.requireNonNull(authUri, "Auth URI is required.");
        Objects.requireNonNull(state, "State is required.");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /**
     * @return the GET URL: the auth URI (without fragment) with the parameters appended to any
     *         query it already has, each name and value percent-encoded as UTF-8
     */
    public URI toUri() {
        String base = authUri.toString();
        int hash = base.indexOf('#');
        if (hash >= 0) {
            base = base.substring(0, hash);
        }
        String query = params.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        String separator = authUri.getRawQuery() == null ? "?" : (base.endsWith("?") || base.endsWith("&") ? "" : "&");
        return URI.create(base + separator + query);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
