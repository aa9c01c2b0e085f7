package org.childsafe.urlcheck;

import java.util.List;
import java.util.Locale;
import org.childsafe.urlcheck.verdict.Rating;
import org.childsafe.urlcheck.verdict.Reason;

/**
 * The words a child reads for a verdict, in vi or en, shared by the pages and the JSON API so both say the same
 * thing: the headline of a rating ({@code verdict.<RATING>.title}), what to do ({@code verdict.<RATING>.advice}),
 * a reason ({@code urlcheck.reason.<code>} with its arguments, a category id shown by its name
 * {@code urlcheck.category.<id>}) and a category name.
 */
public final class VerdictTexts {

    private VerdictTexts() {
    }

    /** "Safe", "Be careful", "Not safe" in the language. */
    public static String title(Locale locale, Rating rating) {
        return UrlCheckText.text(locale, "verdict." + rating.name() + ".title");
    }

    /** One sentence on what to do now. */
    public static String advice(Locale locale, Rating rating) {
        return UrlCheckText.text(locale, "verdict." + rating.name() + ".advice");
    }

    /** A reason as a sentence; category arguments are shown by their names. */
    public static String reason(Locale locale, Reason reason) {
        List<String> args = reason.args();
        Object[] shown = args.toArray();
        if ((Reason.CATEGORY.equals(reason.code()) || Reason.MALWARE.equals(reason.code())) && !args.isEmpty()) {
            shown[0] = category(locale, args.get(0));
        }
        return UrlCheckText.text(locale, reason.bundleKey(), shown);
    }

    /** The name of a category id; the id itself when the bundle has no name for it. */
    public static String category(Locale locale, String id) {
        String key = "urlcheck.category." + id;
        String name = UrlCheckText.text(locale, key);
        return name.equals(key) ? id : name;
    }
}
