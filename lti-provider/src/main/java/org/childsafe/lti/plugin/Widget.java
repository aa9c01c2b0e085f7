package org.childsafe.lti.plugin;

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
}
