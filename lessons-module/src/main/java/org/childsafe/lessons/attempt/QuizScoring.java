package org.childsafe.lessons.attempt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.childsafe.lessons.pack.Lesson;
import org.childsafe.lessons.pack.Question;

/**
 * Scores quiz answers on the server, from option ids only (format 1, "Scoring"): a question earns its points when
 * fully right — single, scenario and true/false: exactly the right option; multiple: exactly the right set;
 * ordering: exactly the right order — else 0. There is no partial credit, so a learner who ticks every box of a
 * multiple-choice question earns nothing.
 *
 * <p>Submissions come from the browser and are untrusted: unknown ids, repeated ids or several ids for a
 * one-answer question score 0 and are flagged {@link QuestionResult#tampered()}; unknown ids are dropped from the
 * stored answer. A missing answer scores 0.
 */
public final class QuizScoring {

    private QuizScoring() {
    }

    public static QuestionResult score(Question question, List<String> submitted) {
        List<String> given = submitted == null ? List.of() : submitted;
        List<String> known = given.stream().filter(question.options()::contains).toList();
        boolean tampered = known.size() != given.size() || new HashSet<>(given).size() != given.size();
        boolean correct = switch (question.type()) {
            case SINGLE, SCENARIO, TRUEFALSE -> {
                tampered |= given.size() > 1;
                yield given.size() == 1 && given.equals(question.answer());
            }
            case MULTIPLE -> !tampered && Set.copyOf(given).equals(Set.copyOf(question.answer()));
            case ORDERING -> {
                tampered |= !given.isEmpty() && given.size() != question.options().size();
                yield given.equals(question.answer());
            }
        };
        correct &= !tampered;
        return new QuestionResult(question.id(), known, correct, correct ? question.points() : 0, tampered);
    }

    /** Scores every question of the lesson against {@code answers} (question id → option ids). */
    public static QuizResult score(Lesson lesson, Map<String, List<String>> answers) {
        List<QuestionResult> results = new ArrayList<>();
        int earned = 0;
        for (Question question : lesson.quiz()) {
            QuestionResult result = score(question, answers.get(question.id()));
            results.add(result);
            earned += result.earned();
        }
        int total = lesson.totalPoints();
        return new QuizResult(results, earned, total, percent(earned, total));
    }

    /** 100 × earned / total, rounded half up to one decimal; 0 when there is nothing to earn. */
    static double percent(int earned, int total) {
        if (total == 0) {
            return 0;
        }
        return BigDecimal.valueOf(earned * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP).doubleValue();
    }
}
