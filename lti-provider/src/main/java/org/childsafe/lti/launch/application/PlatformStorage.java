package org.childsafe.lti.launch.application;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules of LTI client-side postMessage storage that the server decides (LTI OIDC Login with LTI Client Side
 * postMessages, https://www.imsglobal.org/spec/lti-cs-oidc/v0p1, and LTI postMessage Storage,
 * https://www.imsglobal.org/spec/lti-pm-s/v0p1): which {@code lti_storage_target} values are accepted, the
 * origin the platform's storage frame must have (the origin of its OIDC authorization endpoint, cs-oidc §3), the
 * keys state and nonce are kept under, and the query that restarts a launch in a new window.
 *
 * <p>Invariant: a value that does not pass these rules is treated as "no platform storage" (the launch then
 * relies on the binding cookie alone), never as a reason to trust the browser more.
 */
public final class PlatformStorage {

    /** The longest relaunch query kept with a state (the column size). */
    public static final int MAX_RELAUNCH_QUERY = 4000;

    /** A frame name: {@code _parent} or a plain window name such as {@code post_message_forwarding}. */
    private static final Pattern TARGET = Pattern.compile("[A-Za-z0-9_.\\-]{1,64}");

    private PlatformStorage() {
    }

    /** The storage frame name if it is an acceptable window name. */
    public static Optional<String> target(String ltiStorageTarget) {
        return ltiStorageTarget != null && TARGET.matcher(ltiStorageTarget).matches()
                ? Optional.of(ltiStorageTarget) : Optional.empty();
    }

    /**
     * The origin ({@code scheme://host[:port]}, default port left out, lower case) of an absolute http(s) URL: the
     * only origin whose storage answers the tool accepts and to which it posts stored values.
     *
     * @throws IllegalArgumentException for a URL without http(s) scheme or host
     */
    public static String origin(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!("https".equals(scheme) || "http".equals(scheme)) || url.getHost() == null) {
            throw new IllegalArgumentException("Not an absolute http(s) URL: " + url);
        }
        int port = url.getPort();
        boolean defaultPort = port == -1 || ("https".equals(scheme) && port == 443) || ("http".equals(scheme) && port == 80);
        return scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    /** The storage key of a state (cs-oidc §3.1: one key per login, so parallel launches do not collide). */
    public static String stateKey(String state) {
        return "state_" + state;
    }

    /** The storage key of a nonce. */
    public static String nonceKey(String nonce) {
        return "nonce_" + nonce;
    }

    /**
     * The login-initiation query that starts the same launch again, without {@code lti_storage_target} (a new
     * top-level window has no platform frame), or empty when it would be longer than {@value #MAX_RELAUNCH_QUERY}.
     */
    public static Optional<String> relaunchQuery(LoginRequest req) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", req.iss());
        params.put("login_hint", req.loginHint());
        params.put("target_link_uri", req.targetLinkUri());
        params.put("lti_message_hint", req.ltiMessageHint());
        params.put("client_id", req.clientId());
        params.put("lti_deployment_id", req.ltiDeploymentId());
        String query = params.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.length() <= MAX_RELAUNCH_QUERY ? Optional.of(query) : Optional.empty();
    }
}
