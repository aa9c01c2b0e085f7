package org.childsafe.lessons.pack;

import java.io.Serializable;
import java.util.List;

/**
 * One quiz question, language-neutral, with its answer key (which never leaves the server).
 *
 * @param id      unique within the lesson
 * @param type    question type
 * @param points  1..5, earned only when the answer is fully right
 * @param options option ids in the order the player first shows them; {@code [true, false]} for true/false
 * @param answer  the right option ids: one for single, scenario and true/false; the right set for multiple;
 *                the right order for ordering
 */
public record Question(String id, QuestionType type, int points, List<String> options, List<String> answer)
        implements Serializable {

    /** The implicit options of a true/false question. */
    public static final List<String> TRUE_FALSE = List.of("true", "false");

    public Question {
        options = List.copyOf(options);
        answer = List.copyOf(answer);
    }
}
