package org.childsafe.lti.launch.application;

import java.util.regex.Pattern;

import org.childsafe.lti.launch.domain.InvalidLaunchException;
import org.childsafe.lti.launch.domain.LtiErrors;

/**
 * Shape checks of the login-initiation parameters (IMS Security Framework §5.1.1.1), done before
 * any database lookup. Limits are generous for real platforms (Canvas sends a JWT as
 * lti_message_hint) and small enough to keep the redirect URL and the logs bounded.
 */
final class LoginParameters {

    static final int MAX_ID = 255;
    static final int MAX_URI = 2048;
    static final int MAX_LOGIN_HINT = 2048;
    static final int MAX_MESSAGE_HINT = 8192;
    private static final Pattern STORAGE_TARGET = Pattern.compile("[A-Za-z0-9_.\\-]{1,64}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private LoginParameters() {
    }

    static void validate(LoginRequest req) {
        // Security Framework §5.1.1.1: iss, login_hint and target_link_uri are REQUIRED.
        required(req.iss(), "iss");
        required(req.loginHint(), "login_hint");
        required(req.targetLinkUri(), "target_link_uri");
        if (req.loginHint().length() > MAX_LOGIN_HINT || CONTROL.matcher(req.loginHint()).find()) {
            throw new InvalidLaunchException(LtiErrors.INVALID_LOGIN_HINT, "login_hint too long or has control characters");
        }
        bounded(req.iss(), MAX_URI, "iss");
        bounded(req.targetLinkUri(), MAX_URI, "target_link_uri");
        bounded(req.clientId(), MAX_ID, "client_id");
        bounded(req.ltiDeploymentId(), MAX_ID, "lti_deployment_id");
        bounded(req.ltiMessageHint(), MAX_MESSAGE_HINT, "lti_message_hint");
        if (req.ltiStorageTarget() != null && !STORAGE_TARGET.matcher(req.ltiStorageTarget()).matches()) {
            throw new InvalidLaunchException(LtiErrors.INVALID_PARAM, "lti_storage_target has an unexpected shape");
        }
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static void required(String value, String name) {
        if (!present(value)) {
            throw new InvalidLaunchException(LtiErrors.MISSING_PARAM, "missing login parameter " + name);
        }
    }

    private static void bounded(String value, int max, String name) {
        if (value != null && value.length() > max) {
            throw new InvalidLaunchException(LtiErrors.INVALID_PARAM, name + " longer than " + max);
        }
    }
}
