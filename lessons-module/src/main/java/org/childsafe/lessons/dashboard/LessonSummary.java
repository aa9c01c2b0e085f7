package org.childsafe.lessons.dashboard;

/** Completion of one lesson in a course: distinct students who started and completed it, and their average score. */
public record LessonSummary(String lessonId, String title, int started, int completed, Double averageScore) {
}
