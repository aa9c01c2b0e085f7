package org.childsafe.lessons.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The lesson pack shipped with the application passes the same validation as any operator pack, so a broken
 * lesson fails the build rather than a school's start-up; and it covers the product's minimum (B1).
 */
class BundledPackTest {

    @Test
    void theBundledPackIsValidAndHasAtLeastTwelveLessonsInEveryS() throws Exception {
        try (PackFiles files = PackFiles.classpath(getClass().getClassLoader(), "lesson-packs/core").orElseThrow()) {
            LessonPack pack = PackLoader.load(files, true);

            assertThat(pack.lessons()).hasSizeGreaterThanOrEqualTo(12);
            assertThat(pack.lessons()).extracting(Lesson::s).contains(SafetyS.values());
            assertThat(pack.lessons()).extracting(Lesson::band).contains(AgeBand.values());
            assertThat(pack.lessons()).allSatisfy(lesson -> {
                assertThat(lesson.texts(Locale.ENGLISH).title()).isNotBlank();
                assertThat(lesson.texts(Locale.forLanguageTag("vi")).title()).isNotBlank();
            });
        }
    }

    @Test
    void everyLessonPageRendersWithoutRawHtml() throws Exception {
        try (PackFiles files = PackFiles.classpath(getClass().getClassLoader(), "lesson-packs/core").orElseThrow()) {
            LessonPack pack = PackLoader.load(files, true);
            pack.lessons().forEach(lesson -> Arrays.asList("vi", "en").forEach(language ->
                    lesson.texts().get(language).steps().values().forEach(step ->
                            assertThat(MarkdownRenderer.render(step.body())).doesNotContain("<script", "<iframe"))));
        }
    }
}
