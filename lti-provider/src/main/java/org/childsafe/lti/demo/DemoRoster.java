package org.childsafe.lti.demo;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The demo course's membership as an NRPS 2.0 platform serves it (§2.3), in pages of {@value #PAGE_SIZE} by default
 * so that every roster read follows {@code rel="next"} links. Everyone is fictional: the four demo people who can
 * launch plus three pupils who never launched (the teacher dashboard's "not started yet").
 */
final class DemoRoster {

    /** The demo's page size: small on purpose, so clients must page. */
    static final int PAGE_SIZE = 2;
    /** The largest {@code limit} honoured. */
    static final int MAX_LIMIT = 10;
    /** Where the demo course's membership is. */
    static final String MEMBERSHIPS_PATH = "/demo/platform/memberships";

    private static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";

    /** One demo member; {@code links} are the resource links they can access (every link when empty). */
    record Entry(String userId, String name, List<String> roles, String status, Set<String> links) {
    }

    static final List<Entry> MEMBERS = members();

    /** One page of the membership. */
    record Page(String json, boolean hasNext) {
    }

    private DemoRoster() {
    }

    private static List<Entry> members() {
        List<Entry> all = new ArrayList<>();
        for (DemoUser user : DemoUser.values()) {
            all.add(new Entry(user.subject(), user.displayName(), user.roles(), "Active", Set.of()));
        }
        all.add(new Entry("demo-student-2", "Bình Trần", List.of(LEARNER), "Active", Set.of()));
        all.add(new Entry("demo-student-3", "Chi Lê", List.of(LEARNER), "Active", Set.of("demo-link-lessons")));
        all.add(new Entry("demo-student-4", "Dũng Phạm", List.of(LEARNER), "Inactive", Set.of()));
        return List.copyOf(all);
    }

    /**
     * @param rlid  only members who can access this resource link, if present
     * @param role  only members with this role URI (or its short name after '#'), if present
     * @param limit page size asked for, if present
     * @param page  the page number, from 1
     */
    static Page page(Optional<String> rlid, Optional<String> role, Optional<Integer> limit, int page) {
        List<Entry> matching = MEMBERS.stream()
                .filter(e -> rlid.map(link -> e.links().isEmpty() || e.links().contains(link)).orElse(true))
                .filter(e -> role.map(r -> e.roles().stream().anyMatch(uri -> uri.equals(r) || uri.endsWith("#" + r)))
                        .orElse(true))
                .toList();
        int size = Math.max(1, Math.min(MAX_LIMIT, limit.orElse(PAGE_SIZE)));
        int from = Math.max(0, (page - 1) * size);
        List<Entry> slice = from >= matching.size() ? List.of()
                : matching.subList(from, Math.min(matching.size(), from + size));
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Entry entry : slice) {
            JsonObjectBuilder member = Json.createObjectBuilder()
                    .add("status", entry.status())
                    .add("name", entry.name())
                    .add("user_id", entry.userId())
                    .add("roles", Json.createArrayBuilder(entry.roles()));
            array.add(member);
        }
        String json = Json.createObjectBuilder()
                .add("id", "demo-memberships-" + DemoPlatform.CONTEXT_ID)
                .add("context", Json.createObjectBuilder().add("id", DemoPlatform.CONTEXT_ID).add("label", "7A")
                        .add("title", "Lớp 7A — An toàn trên mạng / Online safety"))
                .add("members", array)
                .build().toString();
        return new Page(json, from + size < matching.size());
    }
}
