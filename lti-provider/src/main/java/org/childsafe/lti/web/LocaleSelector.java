package org.childsafe.lti.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/**
 * The language of every page in this browser session: taken from the LTI launch
 * ({@code launch_presentation.locale}), else from the browser, and switchable on every page.
 * Only supported languages are ever selected; anything else falls back to Vietnamese.
 */
@Named
@SessionScoped
public class LocaleSelector implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Languages with a complete resource bundle. */
    public static final Set<String> SUPPORTED = Set.of("vi", "en");

    /** The language used when nothing better is known. */
    public static final String DEFAULT = "vi";

    private String language;

    public Locale getLocale() {
        return Locale.forLanguageTag(getLanguage());
    }

    public String getLanguage() {
        if (language == null) {
            language = fromBrowser();
        }
        return language;
    }

    /** Switches language (from the language links); stays on the same page. */
    public String switchTo(String requested) {
        language = supportedOrDefault(requested);
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null) {
            context.getViewRoot().setLocale(getLocale());
        }
        return null;
    }

    /** Uses the launch's locale, e.g. {@code vi-VN} or {@code en_US}. */
    public void useLaunchLocale(String launchLocale) {
        if (launchLocale != null && !launchLocale.isBlank()) {
            language = supportedOrDefault(launchLocale);
        }
    }

    /** Maps any BCP 47 or Java-style tag to a supported language, or the default. */
    public static String supportedOrDefault(String tag) {
        if (tag == null || tag.isBlank()) {
            return DEFAULT;
        }
        String lang = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return SUPPORTED.contains(lang) ? lang : DEFAULT;
    }

    private static String fromBrowser() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null) {
            return DEFAULT;
        }
        var locales = context.getExternalContext().getRequestLocales();
        while (locales.hasNext()) {
            String lang = locales.next().getLanguage();
            if (SUPPORTED.contains(lang)) {
                return lang;
            }
        }
        return DEFAULT;
    }
}
