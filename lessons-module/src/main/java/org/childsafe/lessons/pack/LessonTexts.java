package org.childsafe.lessons.pack;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Everything a learner reads in one language ({@code vi.yaml} or {@code en.yaml}), keyed by the ids of
 * {@code lesson.yaml}. Page bodies are Markdown source; render them with {@link MarkdownRenderer}.
 */
public record LessonTexts(String title, String summary, List<String> objectives, List<Term> vocabulary,
                          Map<String, StepTexts> steps, Map<String, QuestionTexts> quiz) implements Serializable {

    public LessonTexts {
        objectives = List.copyOf(objectives);
        vocabulary = List.copyOf(vocabulary);
        steps = Map.copyOf(steps);
        quiz = Map.copyOf(quiz);
    }

    /** A vocabulary entry. */
    public record Term(String term, String meaning) implements Serializable {
    }

    /** An option of a choice step: its text and what happens next if chosen (kind, never shaming). */
    public record ChoiceOption(String text, String consequence) implements Serializable {
    }

    /**
     * The texts of one step; which fields are set depends on its kind (title always).
     *
     * @param body    Markdown: scenario, ideas, help (optional there)
     * @param prompt  choice and reflection
     * @param intro   quiz
     * @param options choice options by id
     * @param pledges reflection pledge sentences
     */
    public record StepTexts(String title, String body, String prompt, String intro, Map<String, ChoiceOption> options,
                            List<String> pledges) implements Serializable {

        public StepTexts {
            options = Map.copyOf(options);
            pledges = List.copyOf(pledges);
        }
    }

    /** The texts of one question: prompt, option texts (none for true/false) and feedback per option. */
    public record QuestionTexts(String prompt, Map<String, String> options, Map<String, String> feedback)
            implements Serializable {

        public QuestionTexts {
            options = Map.copyOf(options);
            feedback = Map.copyOf(feedback);
        }
    }
}
