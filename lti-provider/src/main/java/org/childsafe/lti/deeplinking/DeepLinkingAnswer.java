package org.childsafe.lti.deeplinking;

import java.util.List;
import java.util.Objects;

/**
 * A signed deep-linking response and where the browser must POST it (as form field {@value #FORM_FIELD}).
 *
 * @param returnUrl the platform's deep_link_return_url
 * @param jwt       the signed LtiDeepLinkingResponse
 * @param titles    titles of the items sent, for logging and display
 */
public record DeepLinkingAnswer(String returnUrl, String jwt, List<String> titles) {

    /** Name of the form field carrying the response (Deep Linking 2.0 §4.5). */
    public static final String FORM_FIELD = "JWT";

    public DeepLinkingAnswer {
        Objects.requireNonNull(returnUrl, "Return URL is required.");
        Objects.requireNonNull(jwt, "JWT is required.");
        titles = List.copyOf(titles);
    }
}
