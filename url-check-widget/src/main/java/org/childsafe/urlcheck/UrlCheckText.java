package org.childsafe.urlcheck;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of the URL checker's bundle ({@value #BUNDLE}, {@code urlcheckMsg} in pages) for code outside Faces: REST
 * problems and verdict reasons rendered as JSON. A missing key answers the key itself, never an exception, so a
 * stray code shows up in a test rather than as a 500.
 */
public final class UrlCheckText {

    /** Base name of the module's bundle. */
    public static final String BUNDLE = "org.childsafe.urlcheck.i18n.messages";

    private UrlCheckText() {
    }

    /** The text of {@code key} in {@code locale}, formatted with {@code args} when there are any. */
    public static String text(Locale locale, String key, Object... args) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, UrlCheckText.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
