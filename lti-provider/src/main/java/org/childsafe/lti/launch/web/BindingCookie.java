package org.childsafe.lti.launch.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * The cookie that binds a login state to the browser that started it (OIDC Core §15.5.2 / Security Framework
 * §5.1.1.4). One cookie per state, named after a hash of the state, so parallel launches in several tabs do not
 * overwrite each other. {@code SameSite=None; Secure} because the launch POST arrives cross-site from the LMS;
 * scoped to the launch path and short-lived.
 */
public final class BindingCookie {

    private static final String PREFIX = "cs_lti_";
    private static final String PATH = "/lti/launch";

    private BindingCookie() {
    }

    /** The cookie name for a state: {@code cs_lti_} + the first 8 bytes of SHA-256(state) in hex. */
    public static String name(String state) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform.", e);
        }
    }

    static void set(HttpServletResponse response, String contextPath, String state, String value, Duration maxAge, boolean secure) {
        response.addHeader("Set-Cookie", name(state) + "=" + value + "; Path=" + contextPath + PATH
                + "; Max-Age=" + maxAge.toSeconds() + "; HttpOnly" + (secure ? "; Secure; SameSite=None" : "; SameSite=Lax"));
    }

    static void clear(HttpServletResponse response, String contextPath, String state, boolean secure) {
        response.addHeader("Set-Cookie", name(state) + "=; Path=" + contextPath + PATH + "; Max-Age=0; HttpOnly"
                + (secure ? "; Secure; SameSite=None" : "; SameSite=Lax"));
    }

    static String read(HttpServletRequest request, String state) {
        if (state == null || request.getCookies() == null) {
            return null;
        }
        String name = name(state);
        for (Cookie cookie : request.getCookies()) {
            if (cookie.getName().equals(name)) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
