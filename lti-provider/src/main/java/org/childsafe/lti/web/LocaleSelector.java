package org.childsafe.lti.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.childsafe.lti.i18n.Messages;
import java.util.Locale;
import java.util.Set;

/**
 * The language of a page. In order: the language the user picked ({@code ?lang=}, kept in the session), the
 * LTI launch's {@code launch_presentation.locale}, the browser's preference, Vietnamese.
 *
 * <p>Request-scoped and stored in plain session attributes on purpose: reading the language never creates a
 * session (a refused launch must leave none behind), and a launch, which replaces the session, can set it.
 */
@Named
@RequestScoped
public class LocaleSelector {

    /** Languages with a complete resource bundle. */
    public static final Set<String> SUPPORTED = Set.of("vi", "en");

    /** The language used when nothing better is known. */
    public static final String DEFAULT = "vi";

    /** Session attribute with the language the user picked. */
    public static final String CHOSEN_ATTRIBUTE = "org.childsafe.lti.language";

    /** Session attribute a launch sets with the platform's locale. */
    public static final String LAUNCH_LOCALE_ATTRIBUTE = "org.childsafe.lti.launchLocale";

    @Inject
    HttpServletRequest request;

    public Locale getLocale() {
        return Locale.forLanguageTag(getLanguage());
    }

    public String getLanguage() {
        HttpSession session = request.getSession(false);
        if (session != null) {
            if (session.getAttribute(CHOSEN_ATTRIBUTE) instanceof String chosen) {
                return chosen;
            }
            if (session.getAttribute(LAUNCH_LOCALE_ATTRIBUTE) instanceof String launched) {
                return supportedOrDefault(launched);
            }
        }
        return Messages.negotiate(request.getHeader("Accept-Language")).getLanguage();
    }

    /** Remembers the user's choice for this browser session. */
    public void switchTo(String requested) {
        request.getSession(true).setAttribute(CHOSEN_ATTRIBUTE, supportedOrDefault(requested));
    }

    /** Maps any BCP 47 or Java-style tag to a supported language, or the default. */
    public static String supportedOrDefault(String tag) {
        if (tag == null || tag.isBlank()) {
            return DEFAULT;
        }
        String lang = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return SUPPORTED.contains(lang) ? lang : DEFAULT;
    }
}
