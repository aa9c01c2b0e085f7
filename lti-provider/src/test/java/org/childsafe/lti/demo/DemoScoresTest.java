package org.childsafe.lti.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo platform validates score bodies (AGS 2.0 §3.4) and grades only the course's learners. */
class DemoScoresTest {

    private static final Instant NOW = Instant.parse("2026-11-29T06:00:00Z");
    private static final String VALID = "{\"userId\":\"demo-student-1\",\"scoreGiven\":8.5,\"scoreMaximum\":10,"
            + "\"activityProgress\":\"Completed\",\"gradingProgress\":\"FullyGraded\","
            + "\"timestamp\":\"2026-11-29T05:59:58.123+07:00\",\"comment\":\"Tốt\"}";

    @Test
    void readsAValidScore() {
        DemoGradebook.Grade grade = DemoServicesServlet.DemoScores.parse(json(VALID), NOW).orElseThrow();

        assertThat(grade.userId()).isEqualTo("demo-student-1");
        assertThat(grade.scoreGiven()).isEqualTo(8.5);
        assertThat(grade.timestamp()).isEqualTo(Instant.parse("2026-11-29T05:59:58.123+07:00"));
        assertThat(grade.comment()).isEqualTo("Tốt");
        assertThat(grade.learner()).isEqualTo(DemoUser.STUDENT.displayName());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\"userId\":\"demo-student-1\",", "\"activityProgress\":\"Completed\",", "\"gradingProgress\":\"FullyGraded\",",
            "\"timestamp\":\"2026-11-29T05:59:58.123+07:00\","})
    void refusesAScoreWithoutARequiredMember(String member) {
        assertThat(DemoServicesServlet.DemoScores.parse(json(VALID.replace(member, "")), NOW)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"scoreGiven\":-1", "\"scoreGiven\":\"8\"", "\"activityProgress\":\"Done\"",
            "\"timestamp\":\"yesterday\""})
    void refusesAScoreWithAWrongValue(String replacement) {
        String member = replacement.substring(0, replacement.indexOf(':'));
        String body = VALID.replaceFirst(java.util.regex.Pattern.quote(member) + ":[^,]*", replacement);

        assertThat(DemoServicesServlet.DemoScores.parse(json(body), NOW)).isEmpty();
    }

    @Test
    void onlyLearnersOfTheCourseAreGradable() {
        assertThat(DemoServicesServlet.DemoScores.gradable(DemoUser.STUDENT.subject())).isTrue();
        assertThat(DemoServicesServlet.DemoScores.gradable(DemoUser.TEACHER.subject())).isFalse();
        assertThat(DemoServicesServlet.DemoScores.gradable(DemoUser.ADMIN.subject())).isFalse();
        assertThat(DemoServicesServlet.DemoScores.gradable("stranger")).isFalse();
    }

    @Test
    void theGradebookKeepsTheNewestScorePerUser() {
        DemoGradebook gradebook = new DemoGradebook();
        DemoGradebook.Column column = gradebook.createColumn("Quiz", 10, "lessons", null, null);
        DemoGradebook.Grade newer = new DemoGradebook.Grade("u", 9.0, 10.0, "Completed", "FullyGraded", NOW, null, NOW);
        DemoGradebook.Grade older = new DemoGradebook.Grade("u", 2.0, 10.0, "Completed", "FullyGraded",
                NOW.minusSeconds(5), null, NOW);

        gradebook.record(column.id(), newer);
        gradebook.record(column.id(), older);

        assertThat(gradebook.getView().get(0).grades()).containsExactly(newer);
        assertThat(gradebook.columns(null, "lessons", null)).containsExactly(column);
        assertThat(gradebook.columns(null, "other", null)).isEmpty();
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
