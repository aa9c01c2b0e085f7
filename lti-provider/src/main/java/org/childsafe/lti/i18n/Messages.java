package org.childsafe.lti.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of the tool core's resource bundle ({@value #BUNDLE}, exposed to Faces as {@code msg}) for code that
 * runs outside Faces: JAX-RS mappers and servlet filters.
 *
 * <h2>Language</h2>
 * {@link #negotiate(String)} picks the first supported language (Vietnamese or English) of an
 * {@code Accept-Language} header, honouring its q-values; anything else, including a malformed header, gives
 * Vietnamese, the language of the schools this tool serves.
 */
public final class Messages {

    /** Base name of the tool core's bundle. */
    public static final String BUNDLE = "org.childsafe.lti.i18n.messages";

    private static final List<String> SUPPORTED = List.of("vi", "en");
    private static final Locale DEFAULT = Locale.forLanguageTag("vi");

    private Messages() {
    }

    /** The language to answer in, from an {@code Accept-Language} header (may be {@code null}). */
    public static Locale negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String language = range.getRange().split("-", 2)[0].toLowerCase(Locale.ROOT);
                if (SUPPORTED.contains(language)) {
                    return Locale.forLanguageTag(language);
                }
            }
        } catch (IllegalArgumentException malformed) {
            return DEFAULT;
        }
        return DEFAULT;
    }

    /** The text of {@code key}, formatted with {@code args} when there are any; the key itself if missing. */
    public static String text(Locale locale, String key, Object... args) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
