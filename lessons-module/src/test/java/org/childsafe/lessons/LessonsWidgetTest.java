package org.childsafe.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.childsafe.lti.plugin.DeepLinkItem;
import org.childsafe.lti.plugin.Widget;
import org.junit.jupiter.api.Test;

/** The lessons widget's deep-linking item: graded, so the platform creates a gradebook column. */
class LessonsWidgetTest {

    @Test
    void offersOneGradedItemInTheTeachersLanguage() {
        DeepLinkItem item = new LessonsWidget().deepLinkItems(Locale.ENGLISH).get(0);

        assertThat(item.id()).isEqualTo("lessons");
        assertThat(item.title()).isEqualTo("Safety lessons");
        assertThat(item.custom()).containsEntry(Widget.CUSTOM_PARAMETER, "lessons");
        assertThat(item.lineItem()).isEqualTo(new DeepLinkItem.LineItemSpec(100, "Safety lessons", "lessons",
                "childsafe-lesson"));
    }

    @Test
    void titlesAreVietnameseForVietnameseTeachers() {
        assertThat(new LessonsWidget().deepLinkItems(Locale.forLanguageTag("vi")).get(0).title())
                .isEqualTo("Bài học an toàn");
    }
}
