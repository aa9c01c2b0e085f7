package org.childsafe.lessons.dashboard;

import java.util.List;
import org.childsafe.lessons.pack.Lesson;

/**
 * Everything the dashboard shows for one course and one chosen lesson.
 *
 * @param summaries   completion per lesson
 * @param lesson      the chosen lesson, or null when the catalogue is empty
 * @param students    per student of the chosen lesson (started first, then roster learners who have not)
 * @param notStarted  names of roster learners who have not started the chosen lesson
 * @param questions   % correct per question of the chosen lesson
 * @param rosterError stable code when the roster could not be read (then "not started" is unknown), else null
 */
public record ClassProgress(List<LessonSummary> summaries, Lesson lesson, List<StudentRow> students,
                            List<String> notStarted, List<QuestionRow> questions, String rosterError) {
}
