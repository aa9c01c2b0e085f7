package org.childsafe.lessons.pack;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A validated lesson pack ({@code pack.yaml} and its lesson folders).
 *
 * @param id          pack id
 * @param version     pack version shown to teachers, e.g. {@code 2026.11.0}
 * @param title       pack title
 * @param authors     authors line
 * @param licence     content licence
 * @param competences the competence vocabulary the pack uses
 * @param lessons     lessons in catalogue order
 * @param source      where it was loaded from (for logs and the teacher view)
 * @param bundled     true for the pack shipped in the application
 */
public record LessonPack(String id, String version, Localized title, String authors, String licence,
                         List<Competence> competences, List<Lesson> lessons, String source, boolean bundled)
        implements Serializable {

    /** The only format version this loader understands. */
    public static final int FORMAT = 1;

    public LessonPack {
        Objects.requireNonNull(id, "Pack id is required.");
        competences = List.copyOf(competences);
        lessons = List.copyOf(lessons);
    }

    public java.util.Optional<Competence> competence(String code) {
        return competences.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
