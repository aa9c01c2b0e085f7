package org.childsafe.lessons;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.childsafe.lessons.catalog.LessonCatalog;
import org.childsafe.lessons.pack.Lesson;
import org.childsafe.lessons.pack.LessonTexts;
import org.childsafe.lti.plugin.DeepLinkItem;
import org.childsafe.lti.plugin.Widget;

/**
 * Plugs the Safety lessons widget into the LTI core: launches for {@code lessons} land on its entry page, which
 * opens the lesson named by the custom parameter {@value #LESSON_PARAMETER} or else the catalogue.
 *
 * <h2>Deep Linking</h2>
 * A teacher can add the whole catalogue (ungraded) or any single lesson; lessons are grouped by S and age band.
 * A lesson item is graded out of {@value #SCORE_MAXIMUM}, with a line item whose {@code resourceId} is the lesson
 * id and whose tag is {@value #LINE_ITEM_TAG}, so the platform creates one gradebook column per lesson.
 */
@ApplicationScoped
public class LessonsWidget implements Widget {

    /** Maximum quiz score reported to the platform's gradebook. */
    public static final double SCORE_MAXIMUM = 100;
    /** AGS tag of the lessons' line items. */
    public static final String LINE_ITEM_TAG = "childsafe-lesson";
    /** Custom launch parameter naming the lesson to open. */
    public static final String LESSON_PARAMETER = "childsafe_lesson";

    @Inject
    LessonCatalog catalog;

    protected LessonsWidget() {
    }

    /** For tests. */
    public LessonsWidget(LessonCatalog catalog) {
        this.catalog = catalog;
    }

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
        List<DeepLinkItem> items = new ArrayList<>();
        items.add(new DeepLinkItem(id(), id(), text(locale, "catalogue.item"), text(locale, descriptionKey()),
                Map.of(CUSTOM_PARAMETER, id()), null, title));
        catalog.lessons().stream()
                .sorted(Comparator.comparing(Lesson::s).thenComparing(Lesson::band))
                .forEach(lesson -> items.add(item(lesson, locale)));
        return items;
    }

    private DeepLinkItem item(Lesson lesson, Locale locale) {
        LessonTexts texts = lesson.texts(locale);
        Map<String, String> custom = new LinkedHashMap<>();
        custom.put(CUSTOM_PARAMETER, id());
        custom.put(LESSON_PARAMETER, lesson.id());
        String group = text(locale, "s." + lesson.s().code()) + " · " + text(locale, "band." + lesson.band().code());
        return new DeepLinkItem(id() + ":" + lesson.id(), id(), texts.title(), texts.summary(), custom,
                new DeepLinkItem.LineItemSpec(SCORE_MAXIMUM, texts.title(), lesson.id(), LINE_ITEM_TAG), group);
    }
}
