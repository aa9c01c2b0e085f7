package org.childsafe.lti.plugin;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The plug-in contract: each widget module (lessons, report, URL checker) contributes one CDI bean implementing
 * this interface, and the LTI core routes launches to it.
 *
 * <h2>Routing</h2>
 * A launch names its widget either by the last path segment of {@code target_link_uri}
 * ({@code https://tool.example/launch/lessons}) or by the custom parameter {@value #CUSTOM_PARAMETER}
 * ({@code childsafe_widget=lessons}); the custom parameter wins. After a successful launch the user is sent to
 * {@link #entryPage()}, which must lie under {@code /w/} so that it is only served inside an LTI session.
 *
 * <h2>Texts</h2>
 * {@link #titleKey()} and {@link #descriptionKey()} are keys of the widget's own resource bundle, exposed to
 * Faces as {@link #bundleVar()}; every key exists in Vietnamese and English.
 *
 * <h2>Deep Linking</h2>
 * {@link #deepLinkItems(Locale)} lists what a teacher can add to a course through LTI Deep Linking 2.0; by default
 * one ungraded item for the whole widget, titled and described from {@link #bundleBaseName()}.
 */
public interface Widget {

    /** Custom launch parameter that selects a widget. */
    String CUSTOM_PARAMETER = "childsafe_widget";

    /** Stable id used in URLs and launch routing, lower-case letters only, e.g. {@code lessons}. */
    String id();

    /** Faces view the launch lands on, e.g. {@code /w/lessons/index.xhtml}. */
    String entryPage();

    /** Faces variable name of the widget's resource bundle, e.g. {@code lessonsMsg}. */
    String bundleVar();

    /** Bundle key of the widget's name. */
    String titleKey();

    /** Bundle key of a one-sentence description (used by pickers and the home page). */
    String descriptionKey();

    /** Sort order among widgets in lists. */
    default int order() {
        return 100;
    }

    /** Base name of the widget's resource bundle; by default {@code <widget package>.i18n.messages}. */
    default String bundleBaseName() {
        return getClass().getPackageName() + ".i18n.messages";
    }

    /**
     * The content this widget offers to a Deep Linking picker, in the given language. Default: one item for the
     * widget itself (id = {@link #id()}), without a line item.
     */
    default List<DeepLinkItem> deepLinkItems(Locale locale) {
        String title = text(locale, titleKey());
        return List.of(new DeepLinkItem(id(), id(), title, text(locale, descriptionKey()),
                Map.of(CUSTOM_PARAMETER, id()), null, title));
    }

    /** A text of the widget's bundle in the given language; the key itself when the bundle or key is missing. */
    default String text(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle(bundleBaseName(), locale, getClass().getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
