package org.childsafe.lti.web;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Error answers for machine clients: {@code application/problem+json} with a stable {@code code} and a human
 * {@code message} in the caller's language (Vietnamese unless the request prefers English). Messages come
 * from the resource bundle key {@code problem.<code>}; nothing from an exception is ever echoed.
 */
public final class Problems {

    /** Media type of every error body of the JSON API. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private static final String BUNDLE = "org.childsafe.lti.i18n.messages";

    private Problems() {
    }

    /** Writes a problem answer from a servlet or filter. */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String code)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json(status, code, message(code, languageOf(request.getHeader("Accept-Language")))));
    }

    /** The problem JSON body. */
    public static String json(int status, String code, String message) {
        return Json.createObjectBuilder()
                .add("status", status)
                .add("code", code)
                .add("message", message)
                .build()
                .toString();
    }

    /** The localized message of a code, or the generic one if the bundle has none. */
    public static String message(String code, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        try {
            return bundle.getString("problem." + code);
        } catch (MissingResourceException e) {
            return bundle.getString("problem.server.error");
        }
    }

    /** Vietnamese or English from an {@code Accept-Language} header; Vietnamese by default. */
    public static Locale languageOf(String acceptLanguage) {
        if (acceptLanguage != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String lang = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                    if (LocaleSelector.SUPPORTED.contains(lang)) {
                        return Locale.forLanguageTag(lang);
                    }
                }
            } catch (IllegalArgumentException e) {
                return Locale.forLanguageTag(LocaleSelector.DEFAULT);
            }
        }
        return Locale.forLanguageTag(LocaleSelector.DEFAULT);
    }
}
