package org.childsafe.deploy.lessons;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childsafe.deploy.FacesPages;
import org.childsafe.deploy.FacesPages.UnexpectedPageException;
import org.childsafe.lessons.pack.Lesson;
import org.childsafe.lessons.pack.LessonPack;
import org.childsafe.lessons.pack.Question;
import org.childsafe.lessons.pack.QuestionType;
import org.childsafe.lessons.pack.Step;

/**
 * Plays a lesson over plain HTTP, the way a browser without script posts the player's form: picks the best option
 * of each choice step, answers each quiz question with the pack's answer key (an ordering question is checked in
 * the order shown), goes on, and finishes. Each press of a button is one {@link Postback}, so a load script can
 * time each "lesson answer" the way a pupil waits for it. The browser test {@code LessonFlowIT} covers the same
 * page in Chromium.
 */
public final class LessonHttpPlayer {

    private static final Pattern STEP = Pattern.compile("id=\"step-title\"[^>]*data-step=\"([^\"]+)\"[^>]*data-kind=\"([A-Z]+)\"");
    private static final Pattern QUESTION = Pattern.compile("<fieldset[^>]*data-question=\"([^\"]+)\"");
    private static final Pattern CHECK = Pattern.compile("name=\"([^\"]*:check)\"");
    private static final int MAX_POSTBACKS = 200;

    /** One press of a player button: posts {@code fields} with the player form of {@code page}, returns the new page. */
    @FunctionalInterface
    public interface Postback {
        String post(String page, List<Map.Entry<String, String>> fields) throws IOException, InterruptedException;
    }

    private final Lesson lesson;

    public LessonHttpPlayer(Lesson lesson) {
        this.lesson = lesson;
    }

    /** The bundled lesson with the fewest steps and questions and no ordering question: the cheapest to play. */
    public static Lesson shortestLesson() throws Exception {
        LessonPack pack = LessonPlayerDriver.bundledPack();
        return pack.lessons().stream()
                .filter(l -> l.quiz().stream().noneMatch(q -> q.type() == QuestionType.ORDERING))
                .min(Comparator.comparingInt(l -> l.steps().size() + l.quiz().size()))
                .orElse(pack.lessons().get(0));
    }

    public Lesson lesson() {
        return lesson;
    }

    /** Whether {@code page} is the done screen with the score. */
    public static boolean done(String page) {
        return page.contains("id=\"score-value\"");
    }

    /**
     * Plays from {@code page} (the lesson page as opened or resumed) to the done screen.
     *
     * @return the done screen
     * @throws UnexpectedPageException when a page is not the player or the lesson does not end
     */
    public String playToTheEnd(String page, Postback postback) throws IOException, InterruptedException {
        String current = page;
        for (int presses = 0; presses < MAX_POSTBACKS; presses++) {
            if (done(current)) {
                return current;
            }
            current = postback.post(current, nextPress(current));
        }
        throw new UnexpectedPageException(200, "lesson " + lesson.id() + " did not end after " + MAX_POSTBACKS + " presses");
    }

    /** The fields of the one button a pupil presses next on this page. */
    List<Map.Entry<String, String>> nextPress(String page) throws UnexpectedPageException {
        Matcher stepTitle = STEP.matcher(page);
        if (!stepTitle.find()) {
            throw new UnexpectedPageException(200, "not a lesson step");
        }
        Step step = lesson.step(stepTitle.group(1))
                .orElseThrow(() -> new UnexpectedPageException(200, "unknown step " + stepTitle.group(1)));
        if ("CHOICE".equals(stepTitle.group(2)) && !page.contains("id=\"choice-feedback\"")) {
            return List.of(Map.entry("choice", step.best()), Map.entry("player:choose", "x"));
        }
        if ("QUIZ".equals(stepTitle.group(2))) {
            if (page.contains("id=\"quiz-feedback\"")) {
                return List.of(Map.entry("player:nextQuestion", "x"));
            }
            Matcher question = QUESTION.matcher(page);
            if (question.find()) {
                return answer(page, question.group(1));
            }
        }
        return List.of(Map.entry(page.contains("name=\"player:finish\"") ? "player:finish" : "player:next", "x"));
    }

    private List<Map.Entry<String, String>> answer(String page, String questionId) throws UnexpectedPageException {
        Question question = lesson.question(questionId)
                .orElseThrow(() -> new UnexpectedPageException(200, "unknown question " + questionId));
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        if (question.type() != QuestionType.ORDERING) {
            question.answer().forEach(option -> fields.add(Map.entry("answer", option)));
        }
        fields.add(Map.entry(FacesPages.group(CHECK, page), "x"));
        return fields;
    }
}
