package org.childsafe.lessons.pack;

import java.io.Serializable;
import java.util.List;

/**
 * One step of a lesson, language-neutral.
 *
 * @param id      unique within the lesson, keys the texts in {@code vi.yaml}/{@code en.yaml}
 * @param kind    what the player shows
 * @param options option ids of a {@link StepKind#CHOICE} step, else empty
 * @param best    the option a choice step's consequences point to as best, else null
 */
public record Step(String id, StepKind kind, List<String> options, String best) implements Serializable {

    public Step {
        options = List.copyOf(options);
    }
}
