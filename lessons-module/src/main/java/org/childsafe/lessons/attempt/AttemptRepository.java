package org.childsafe.lessons.attempt;

import java.util.List;
import java.util.Optional;

/** Stored attempts and answers. */
public interface AttemptRepository {

    LessonAttempt save(LessonAttempt attempt);

    Optional<LessonAttempt> find(long attemptId);

    /** The learner's unfinished attempt of a lesson in a school, if any (the newest). */
    Optional<LessonAttempt> inProgress(long deploymentPk, long userId, String lessonId);

    /** The learner's completed attempts of a lesson in a school, oldest first. */
    List<LessonAttempt> completed(long deploymentPk, long userId, String lessonId);

    void saveAnswers(List<LessonAnswer> answers);

    /** Every attempt of a course (a school's deployment and a course, or no course), oldest first. */
    List<LessonAttempt> ofCourse(long deploymentPk, Long contextPk);

    /** The scored answers of a course's completed attempts of one lesson. */
    List<LessonAnswer> answersOfCourse(long deploymentPk, Long contextPk, String lessonId);
}
