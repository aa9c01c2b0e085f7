package org.childsafe.lessons.pack;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated lesson: its language-neutral structure and answer key ({@code lesson.yaml}) and its texts in every
 * supported language. Invariants (checked by {@link PackLoader}): ids are well-formed and unique, the steps follow
 * the format's rules (help last), every answer refers to listed options, and both languages have every text.
 *
 * @param packId      the pack the lesson comes from
 * @param id          lesson id, unique across loaded packs
 * @param s           Safe, Smart or Super
 * @param band        age band
 * @param duration    minutes
 * @param competences competence codes of the pack
 * @param steps       the player's order
 * @param quiz        graded questions
 * @param texts       texts by language ({@code vi}, {@code en})
 */
public record Lesson(String packId, String id, SafetyS s, AgeBand band, int duration, List<String> competences,
                     List<Step> steps, List<Question> quiz, Map<String, LessonTexts> texts) implements Serializable {

    public Lesson {
        Objects.requireNonNull(id, "Lesson id is required.");
        competences = List.copyOf(competences);
        steps = List.copyOf(steps);
        quiz = List.copyOf(quiz);
        texts = Map.copyOf(texts);
    }

    /** The texts in the locale's language, Vietnamese by default. */
    public LessonTexts texts(Locale locale) {
        String language = locale != null && "en".equals(locale.getLanguage()) ? "en" : "vi";
        return texts.get(language);
    }

    public Optional<Question> question(String questionId) {
        return quiz.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    public Optional<Step> step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    /** Sum of all questions' points: the denominator of the score. */
    public int totalPoints() {
        return quiz.stream().mapToInt(Question::points).sum();
    }
}
