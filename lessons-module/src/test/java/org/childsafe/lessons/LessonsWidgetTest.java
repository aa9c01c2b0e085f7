package org.childsafe.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.childsafe.lessons.catalog.LessonCatalog;
import org.childsafe.lessons.catalog.PackSet;
import org.childsafe.lessons.pack.PackFiles;
import org.childsafe.lessons.pack.LessonPackTestData;
import org.childsafe.lti.plugin.DeepLinkItem;
import org.childsafe.lti.plugin.Widget;
import org.junit.jupiter.api.Test;

/** The lessons widget's deep-linking items: the catalogue, then every lesson graded, grouped by S and band. */
class LessonsWidgetTest {

    private final LessonsWidget widget = new LessonsWidget(new LessonCatalog(PackSet.load(
            Optional.of(PackFiles.directory(LessonPackTestData.goodPackFolder())), null)));

    @Test
    void offersTheUngradedCatalogueThenEveryLessonGraded() {
        List<DeepLinkItem> items = widget.deepLinkItems(Locale.ENGLISH);

        assertThat(items).extracting(DeepLinkItem::id)
                .containsExactly("lessons", "lessons:strong-passwords", "lessons:stranger-chat");
        assertThat(items.get(0).lineItem()).isNull();
        assertThat(items.get(0).custom()).containsEntry(Widget.CUSTOM_PARAMETER, "lessons")
                .doesNotContainKey(LessonsWidget.LESSON_PARAMETER);
    }

    @Test
    void aLessonItemLaunchesThatLessonWithALineItemOutOf100() {
        DeepLinkItem item = widget.deepLinkItems(Locale.ENGLISH).get(1);

        assertThat(item.title()).isEqualTo("Strong passwords");
        assertThat(item.text()).isEqualTo("Why a long secret phrase keeps your account yours.");
        assertThat(item.custom()).containsEntry(Widget.CUSTOM_PARAMETER, "lessons")
                .containsEntry("childsafe_lesson", "strong-passwords");
        assertThat(item.lineItem()).isEqualTo(new DeepLinkItem.LineItemSpec(100, "Strong passwords",
                "strong-passwords", "childsafe-lesson"));
        assertThat(item.group()).isEqualTo("Safe · Primary");
    }

    @Test
    void titlesAndGroupsAreVietnameseForVietnameseTeachers() {
        List<DeepLinkItem> items = widget.deepLinkItems(Locale.forLanguageTag("vi"));

        assertThat(items.get(0).group()).isEqualTo("Bài học an toàn");
        assertThat(items.get(1).title()).isEqualTo("Mật khẩu mạnh");
        assertThat(items.get(2).group()).isEqualTo("Tuyệt vời (Super) · Trung học cơ sở");
    }
}
