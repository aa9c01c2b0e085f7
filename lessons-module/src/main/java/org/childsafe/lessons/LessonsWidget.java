package org.childsafe.lessons;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.childsafe.lti.plugin.DeepLinkItem;
import org.childsafe.lti.plugin.Widget;

/**
 * Plugs the Safety lessons widget into the LTI core: launches for `lessons` land on its entry page. Its deep-linking
 * item is graded (the quiz score, out of {@value #SCORE_MAXIMUM}), so the platform creates a gradebook column.
 */
@ApplicationScoped
public class LessonsWidget implements Widget {

    /** Maximum quiz score reported to the platform's gradebook. */
    static final double SCORE_MAXIMUM = 100;
    /** AGS tag of the lessons' line items. */
    static final String LINE_ITEM_TAG = "childsafe-lesson";

    @Override
    public String id() {
        return "lessons";
    }

    @Override
    public String entryPage() {
        return "/w/lessons/index.xhtml";
    }

    @Override
    public String bundleVar() {
        return "lessonsMsg";
    }

    @Override
    public String titleKey() {
        return "widget.title";
    }

    @Override
    public String descriptionKey() {
        return "widget.description";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<DeepLinkItem> deepLinkItems(Locale locale) {
        String title = text(locale, titleKey());
        return List.of(new DeepLinkItem(id(), id(), title, text(locale, descriptionKey()),
                Map.of(CUSTOM_PARAMETER, id()),
                new DeepLinkItem.LineItemSpec(SCORE_MAXIMUM, title, id(), LINE_ITEM_TAG), title));
    }
}
