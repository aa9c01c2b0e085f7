package org.childsafe.lti.registration.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.childsafe.lti.config.ToolConfig;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.logging.Logger;
import org.childsafe.lti.i18n.Messages;
import org.childsafe.lti.registration.application.DynamicRegistrationException;
import org.childsafe.lti.registration.application.DynamicRegistrationService;
import org.childsafe.lti.registration.application.RegistrationException;
import org.childsafe.lti.registration.application.RegistrationView;
import org.childsafe.lti.registration.domain.PlatformEndpoints;
import org.childsafe.lti.web.SecurityHeadersFilter;

/**
 * The registration-initiation URL of LTI Dynamic Registration 1.0 §3.3
 * (https://www.imsglobal.org/spec/lti-dr/v1p0#step-1-registration-initiation-request): the URL a platform
 * administrator pastes as "tool URL" into Moodle. It runs {@link DynamicRegistrationService} and answers a small
 * Vietnamese/English page; on success the page tells the platform to close it with
 * {@code postMessage({subject:'org.imsglobal.lti.close'})} (§3.6), on load and from a button. A failure shows
 * its stable code with HTTP 400 (our refusal) or 502 (the platform's).
 */
@WebServlet(urlPatterns = "/lti/register")
public class DynamicRegistrationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DynamicRegistrationServlet.class.getName());

    @Inject
    transient DynamicRegistrationService registration;

    @Inject
    transient ToolConfig config;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = Messages.negotiate(request.getHeader("Accept-Language"));
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy",
                SecurityHeadersFilter.policy(initiatingOrigin(request.getParameter("openid_configuration"))));
        response.setContentType("text/html;charset=UTF-8");
        if (!allowed(request)) {
            refused(response, locale, DynamicRegistrationException.DISABLED,
                    new IllegalStateException("dynamic registration is switched off or the key is wrong"));
            return;
        }
        try {
            RegistrationView stored = registration.register(request.getParameter("openid_configuration"),
                    request.getParameter("registration_token"));
            response.getWriter().write(success(locale, stored));
        } catch (DynamicRegistrationException e) {
            refused(response, locale, e.code(), e);
        } catch (RegistrationException e) {
            refused(response, locale, e.code(), e);
        }
    }

    /**
     * Dynamic Registration is opt-in ({@code tool.registration.dynamic.enabled}; on by default only in demo mode)
     * and, when {@code tool.registration.dynamic.key} is set, needs that key: a registered platform's origin may
     * frame the tool, so not anyone may register one.
     */
    boolean allowed(HttpServletRequest request) {
        if (!config.dynamicRegistrationEnabled()) {
            return false;
        }
        return config.dynamicRegistrationKey().map(key -> {
            String given = request.getParameter("key");
            return given != null && MessageDigest.isEqual(key.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
        }).orElse(true);
    }

    private static void refused(HttpServletResponse response, Locale locale, String code, RuntimeException e)
            throws IOException {
        LOG.warning(() -> "Dynamic registration refused: " + code + " (" + e.getMessage() + ")");
        boolean platform = code.equals(DynamicRegistrationException.PLATFORM_REFUSED)
                || code.equals(DynamicRegistrationException.PLATFORM_UNAVAILABLE);
        response.setStatus(platform ? HttpServletResponse.SC_BAD_GATEWAY : HttpServletResponse.SC_BAD_REQUEST);
        String text = Messages.text(locale, "dynreg.error." + code.replace("registration.", ""));
        response.getWriter().write(page(locale, Messages.text(locale, "dynreg.error.title"),
                "<p>" + escape(text) + "</p><p>" + escape(Messages.text(locale, "error.code", code)) + "</p>"));
    }

    /**
     * The origin of the {@code openid_configuration} URL, allowed to frame this page: Moodle shows it in an
     * iframe of its admin page, and the platform is not registered yet, so {@link SecurityHeadersFilter}'s list
     * does not have it. The page acts on GET without a click, so framing adds no clickjacking risk; an
     * unparsable or non-http(s) value gives {@code ""} (only {@code 'self'}).
     */
    static String initiatingOrigin(String openidConfiguration) {
        if (openidConfiguration == null) {
            return "";
        }
        try {
            URI uri = new URI(openidConfiguration.strip());
            boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            return web && uri.getHost() != null ? PlatformEndpoints.originOf(uri) : "";
        } catch (URISyntaxException e) {
            return "";
        }
    }

    static String success(Locale locale, RegistrationView stored) {
        String body = "<p>" + escape(Messages.text(locale, "dynreg.done.text", stored.displayName())) + "</p>"
                + "<p><button type=\"button\" id=\"close\">" + escape(Messages.text(locale, "dynreg.done.close"))
                + "</button></p>"
                + "<script>function ltiClose(){(window.opener || window.parent).postMessage("
                + "{subject:'org.imsglobal.lti.close'}, '*');}"
                + "document.getElementById('close').addEventListener('click', ltiClose);"
                + "window.addEventListener('load', ltiClose);</script>";
        return page(locale, Messages.text(locale, "dynreg.done.title"), body);
    }

    private static String page(Locale locale, String title, String body) {
        return "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                + "<title>" + escape(title) + "</title>"
                + "<link rel=\"stylesheet\" href=\"../resources/childsafe/childsafe.css\"></head>"
                + "<body><main><h1>" + escape(title) + "</h1>" + body + "</main></body></html>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
