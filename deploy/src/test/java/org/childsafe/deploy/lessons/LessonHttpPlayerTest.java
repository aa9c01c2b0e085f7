package org.childsafe.deploy.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.childsafe.deploy.FacesPages.UnexpectedPageException;
import org.childsafe.lessons.pack.Lesson;
import org.childsafe.lessons.pack.Question;
import org.childsafe.lessons.pack.QuestionType;
import org.childsafe.lessons.pack.Step;
import org.childsafe.lessons.pack.StepKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The button a pupil presses next, read from the player's markup (the shapes lesson.xhtml renders). */
class LessonHttpPlayerTest {

    private static Lesson lesson;
    private static LessonHttpPlayer player;

    @BeforeAll
    static void bundledLesson() throws Exception {
        lesson = LessonHttpPlayer.shortestLesson();
        player = new LessonHttpPlayer(lesson);
    }

    @Test
    void theShortestLessonHasNoOrderingQuestion() {
        assertThat(lesson.quiz()).noneMatch(q -> q.type() == QuestionType.ORDERING);
    }

    @Test
    void aChoiceStepIsAnsweredWithItsBestOptionThenLeft() throws Exception {
        Step choice = lesson.steps().stream().filter(s -> s.kind() == StepKind.CHOICE).findFirst().orElseThrow();

        assertThat(player.nextPress(step(choice, "")))
                .containsExactly(Map.entry("choice", choice.best()), Map.entry("player:choose", "x"));
        assertThat(player.nextPress(step(choice, "<h3 id=\"choice-feedback\" tabindex=\"-1\">")))
                .containsExactly(Map.entry("player:next", "x"));
    }

    @Test
    void aQuizQuestionIsCheckedWithTheAnswerKeyThenTheNextQuestionFollows() throws Exception {
        Step quiz = lesson.steps().stream().filter(s -> s.kind() == StepKind.QUIZ).findFirst().orElseThrow();
        Question question = lesson.quiz().get(0);
        String asked = "<fieldset class=\"ls-fieldset\" data-question=\"" + question.id() + "\" data-type=\"" + question.type()
                + "\"><input type=\"submit\" name=\"player:j_idt61:0:check\" value=\"Check\"/>";

        List<Map.Entry<String, String>> press = player.nextPress(step(quiz, asked));

        assertThat(press).last().isEqualTo(Map.entry("player:j_idt61:0:check", "x"));
        assertThat(press.subList(0, press.size() - 1)).extracting(Map.Entry::getValue).containsExactlyElementsOf(question.answer());
        assertThat(player.nextPress(step(quiz, asked + "<h3 id=\"quiz-feedback\" data-correct=\"true\">")))
                .containsExactly(Map.entry("player:nextQuestion", "x"));
        assertThat(player.nextPress(step(quiz, "<p id=\"quiz-complete\">"))).containsExactly(Map.entry("player:next", "x"));
    }

    @Test
    void theLastStepIsFinishedAndTheScoreScreenEndsThePlay() throws Exception {
        Step last = lesson.steps().get(lesson.steps().size() - 1);

        assertThat(player.nextPress(step(last, "<input type=\"submit\" name=\"player:finish\" value=\"Finish\"/>")))
                .containsExactly(Map.entry("player:finish", "x"));
        assertThat(LessonHttpPlayer.done("<p id=\"score-value\">Điểm: 100</p>")).isTrue();
    }

    @Test
    void aPageThatIsNotThePlayerStopsThePlay() {
        UnexpectedPageException e = assertThrows(UnexpectedPageException.class,
                () -> player.nextPress("<h1>Something went wrong</h1>"));
        assertThat(e.status()).isEqualTo(200);
    }

    private static String step(Step step, String rest) {
        return "<form id=\"player\" name=\"player\" method=\"post\" action=\"/w/lessons/lesson.xhtml?id=" + lesson.id() + "\">"
                + "<h2 id=\"step-title\" class=\"ls-focus\" tabindex=\"-1\" data-step=\"" + step.id() + "\" data-kind=\""
                + step.kind() + "\" data-focus=\"true\">Title</h2>" + rest + "</form>";
    }
}
