package org.childsafe.report.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.childsafe.report.referral.ReferralTestData;
import org.junit.jupiter.api.Test;

/**
 * Minimisation of the referral: only the documented members can appear, the child's identity only with a legal
 * basis, and nothing that identifies the reporter or the LMS account.
 */
class ReferralPayloadTest {

    /** Member names (at any depth) that would identify the reporter, the LMS account or open the case. */
    static final List<String> FORBIDDEN = List.of("user", "user_id", "sub", "lti", "lms", "reporter", "passcode",
            "case_code", "code", "ip", "ip_address", "deployment", "deployment_id", "issuer", "email_reporter",
            "birth", "date_of_birth", "address", "content", "attachments", "messages");

    @Test
    void theRecordHasExactlyTheDocumentedComponents() {
        List<String> components = Arrays.stream(ReferralPayload.class.getRecordComponents())
                .map(RecordComponent::getName).toList();

        assertThat(components).containsExactly("caseReference", "categories", "risk", "summary", "links", "accounts",
                "platforms", "timeWindow", "province", "schoolName", "ageBand", "schoolActed", "contact", "child");
    }

    @Test
    void writesOnlyDocumentedTopLevelMembers() {
        Map<String, Object> json = ReferralTestData.payloadWithChild().toJson();

        assertThat(ReferralPayload.MEMBERS).containsAll(json.keySet());
        assertThat(json.keySet()).containsExactlyElementsOf(ReferralPayload.MEMBERS);
    }

    @Test
    void noForbiddenMemberAppearsAtAnyDepth() {
        List<String> names = new ArrayList<>();
        collectNames(ReferralTestData.payloadWithChild().toJson(), names);

        assertThat(names).doesNotContainAnyElementsOf(FORBIDDEN);
        assertThat(names).contains("case_reference", "legal_basis", "province", "age_band", "school_acted");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDocumentedJsonSchemaListsExactlyTheseMembers() throws Exception {
        Map<String, Object> schema = com.nimbusds.jose.util.JSONObjectUtils.parse(java.nio.file.Files.readString(
                java.nio.file.Path.of("../docs/referral/referral.schema.json")));
        Map<String, Object> referral = (Map<String, Object>) ((Map<String, Object>) schema.get("properties")).get("referral");

        assertThat(((Map<String, Object>) referral.get("properties")).keySet())
                .containsExactlyInAnyOrderElementsOf(ReferralPayload.MEMBERS);
    }

    @Test
    void leavesTheChildOutWithoutALegalBasis() {
        Map<String, Object> json = ReferralTestData.payload().toJson();

        assertThat(json).doesNotContainKey("child");
        assertThat(ReferralTestData.payload().childIdentity()).isEmpty();
    }

    @Test
    void aChildIdentityCannotExistWithoutALegalBasis() {
        assertThrows(NullPointerException.class, () -> new ChildIdentity("Trần Văn B", "8A", null));
    }

    @Test
    void sendsTheLegalBasisWithTheChild() {
        @SuppressWarnings("unchecked")
        Map<String, Object> child = (Map<String, Object>) ReferralTestData.payloadWithChild().toJson().get("child");

        assertThat(child).containsEntry("legal_basis", "EMERGENCY").containsEntry("name", "Trần Văn B")
                .containsOnlyKeys("name", "class", "legal_basis");
    }

    @Test
    void withoutChildDropsTheIdentityAndKeepsTheFacts() {
        ReferralPayload stripped = ReferralTestData.payloadWithChild().withoutChild();

        assertThat(stripped.child()).isNull();
        assertThat(stripped.summary()).isEqualTo(ReferralTestData.payload().summary());
    }

    @Test
    void refusesACaseReferenceThatIsNotOpaque() {
        ReferralPayload p = ReferralTestData.payload();
        for (String bad : List.of("42", "ABCD-2345", "lti-user-17", "CSR-abc")) {
            assertThrows(IllegalArgumentException.class, () -> new ReferralPayload(bad, p.categories(), p.risk(),
                    p.summary(), p.links(), p.accounts(), p.platforms(), p.timeWindow(), p.province(), p.schoolName(),
                    p.ageBand(), p.schoolActed(), p.contact(), null), bad);
        }
    }

    @Test
    void refusesUnknownRiskAndEmptyCategories() {
        ReferralPayload p = ReferralTestData.payload();
        assertThrows(IllegalArgumentException.class, () -> new ReferralPayload(p.caseReference(), p.categories(),
                "URGENT", p.summary(), null, null, null, null, null, p.schoolName(), null, false, p.contact(), null));
        assertThrows(IllegalArgumentException.class, () -> new ReferralPayload(p.caseReference(), List.of(),
                "LOW", p.summary(), null, null, null, null, null, p.schoolName(), null, false, p.contact(), null));
    }

    @Test
    void aCounselorContactNeedsAWayToBeReached() {
        assertThrows(IllegalArgumentException.class, () -> new CounselorContact("Lan", null, " "));
    }

    @Test
    void unknownTimeAndAgeAreSentAsUnknown() {
        ReferralPayload p = ReferralTestData.payload();
        ReferralPayload vague = new ReferralPayload(p.caseReference(), p.categories(), "LOW", p.summary(), null, null,
                null, null, null, p.schoolName(), null, false, p.contact(), null);

        Map<String, Object> json = vague.toJson();

        assertThat(json.get("age_band")).isEqualTo("UNKNOWN");
        assertThat(json.get("time_window")).isEqualTo(Map.of("approximate", true));
        assertThat(json.get("school")).isEqualTo(Map.of("name", "THCS Example"));
    }

    @SuppressWarnings("unchecked")
    private static void collectNames(Object node, List<String> names) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                names.add((String) key);
                collectNames(value, names);
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collectNames(item, names));
        }
    }
}
