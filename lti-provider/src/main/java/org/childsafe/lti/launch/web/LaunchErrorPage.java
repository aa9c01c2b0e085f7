package org.childsafe.lti.launch.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.childsafe.lti.launch.domain.InvalidLaunchException;
import org.childsafe.lti.launch.domain.LtiErrors;

/**
 * Shows a failed login or launch: the stable error code is logged (with a log-safe detail, never the token) and
 * the user sees a clear Vietnamese/English page with HTTP 400 or 401 and the code to quote to support.
 */
@ApplicationScoped
public class LaunchErrorPage {

    /** Request attribute with the error code. */
    public static final String CODE = "ltiErrorCode";
    /** Request attribute with the message key of the error's category. */
    public static final String MESSAGE = "ltiErrorMessage";


    private static final Set<String> REGISTRATION = Set.of(LtiErrors.UNKNOWN_ISSUER, LtiErrors.UNKNOWN_CLIENT,
            LtiErrors.AMBIGUOUS_CLIENT, LtiErrors.UNKNOWN_DEPLOYMENT);
    private static final Set<String> EXPIRED = Set.of(LtiErrors.INVALID_STATE, LtiErrors.STATE_EXPIRED,
            LtiErrors.STATE_REPLAYED, LtiErrors.TOKEN_EXPIRED, LtiErrors.NONCE_REPLAYED, LtiErrors.MISSING_STATE,
            LtiErrors.HANDOFF_EXPIRED);
    @Inject
    LaunchMetrics metrics;

    private static final Set<String> REQUEST = Set.of(LtiErrors.MISSING_PARAM, LtiErrors.INVALID_TARGET_LINK_URI,
            LtiErrors.MISSING_ID_TOKEN, LtiErrors.UNKNOWN_WIDGET);

    public void show(HttpServletRequest request, HttpServletResponse response, InvalidLaunchException failure)
            throws ServletException, IOException {
        metrics.refused(failure.code(), failure.getMessage());
        response.setStatus(LtiErrors.httpStatus(failure.code()));
        request.setAttribute(CODE, failure.code());
        request.setAttribute(MESSAGE, messageKey(failure.code()));
        request.getRequestDispatcher("/error/lti.xhtml").forward(request, response);
    }

    /** The message shown for a code: grouped so the user learns what to do, not how validation works. */
    static String messageKey(String code) {
        if (LtiErrors.PLATFORM_ERROR.equals(code)) {
            return "lti.error.platform";
        }
        if (LtiErrors.DEEP_LINKING_FORBIDDEN.equals(code)) {
            return "lti.error.deep-linking-forbidden";
        }
        if (LtiErrors.STATE_BROWSER_MISMATCH.equals(code) || LtiErrors.STORAGE_ORIGIN_MISMATCH.equals(code)) {
            return "lti.error.browser";
        }
        if (REGISTRATION.contains(code)) {
            return "lti.error.registration";
        }
        if (EXPIRED.contains(code)) {
            return "lti.error.expired";
        }
        return REQUEST.contains(code) ? "lti.error.request" : "lti.error.security";
    }
}
