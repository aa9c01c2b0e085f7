package org.childsafe.lti.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoRosterTest {

    @Test
    void servesEveryMemberOnceInPagesOfTwo() {
        List<String> seen = new ArrayList<>();
        int page = 1;
        DemoRoster.Page answer;
        do {
            answer = DemoRoster.page(Optional.empty(), Optional.empty(), Optional.empty(), page++);
            seen.addAll(userIds(answer));
            assertThat(userIds(answer).size()).isLessThanOrEqualTo(DemoRoster.PAGE_SIZE);
        } while (answer.hasNext());

        assertThat(seen).hasSize(DemoRoster.MEMBERS.size()).doesNotHaveDuplicates()
                .contains("demo-teacher-1", "demo-student-1", "demo-student-4");
        assertThat(page - 1).isEqualTo(4);
    }

    @Test
    void rlidLeavesOutMembersWithoutAccessToTheLink() {
        List<String> report = userIds(DemoRoster.page(Optional.of("demo-link-report"), Optional.empty(), Optional.of(10), 1));
        List<String> lessons = userIds(DemoRoster.page(Optional.of("demo-link-lessons"), Optional.empty(), Optional.of(10), 1));

        assertThat(report).doesNotContain("demo-student-3").hasSize(DemoRoster.MEMBERS.size() - 1);
        assertThat(lessons).contains("demo-student-3").hasSize(DemoRoster.MEMBERS.size());
    }

    @Test
    void roleFilterAcceptsShortNameAndLimitIsCapped() {
        DemoRoster.Page learners = DemoRoster.page(Optional.empty(), Optional.of("Learner"), Optional.of(500), 1);

        assertThat(userIds(learners)).containsExactly("demo-student-1", "demo-student-2", "demo-student-3", "demo-student-4");
        assertThat(learners.hasNext()).isFalse();
    }

    private static List<String> userIds(DemoRoster.Page page) {
        JsonObject json = Json.createReader(new StringReader(page.json())).readObject();
        return json.getJsonArray("members").stream().map(v -> v.asJsonObject().getString("user_id")).toList();
    }
}
