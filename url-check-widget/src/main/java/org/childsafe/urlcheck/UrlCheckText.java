package org.childsafe.urlcheck;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of the URL checker for code outside Faces (REST problems, verdict reasons rendered as JSON): the web
 * part's bundle {@value #BUNDLE} ({@code urlcheckMsg} in pages) first, then the engine's {@value #ENGINE_BUNDLE}
 * ({@code urlcheckVerdictMsg}: reasons, input errors, category names). A missing key answers the key itself, never
 * an exception, so a stray code shows up in a test rather than as a 500.
 */
public final class UrlCheckText {

    /** Base name of the module's bundle. */
    public static final String BUNDLE = "org.childsafe.urlcheck.i18n.messages";

    /** Base name of the engine's bundle. */
    public static final String ENGINE_BUNDLE = "org.childsafe.urlcheck.i18n.verdict";

    private UrlCheckText() {
    }

    /** The text of {@code key} in {@code locale}, formatted with {@code args} when there are any. */
    public static String text(Locale locale, String key, Object... args) {
        for (String base : new String[] {BUNDLE, ENGINE_BUNDLE}) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(base, locale, UrlCheckText.class.getClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                if (bundle.containsKey(key)) {
                    String pattern = bundle.getString(key);
                    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
                }
            } catch (MissingResourceException e) {
                // try the next bundle
            }
        }
        return key;
    }
}
