package org.childsafe.lti.registration.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.childsafe.lti.registration.application.RegistrationTestData.moodle;
import static org.childsafe.lti.registration.application.RegistrationTestData.withAuthUrl;
import static org.childsafe.lti.registration.application.RegistrationTestData.withClientId;
import static org.childsafe.lti.registration.application.RegistrationTestData.withDeploymentIds;
import static org.childsafe.lti.registration.application.RegistrationTestData.withDisplayName;
import static org.childsafe.lti.registration.application.RegistrationTestData.withIssuer;
import static org.childsafe.lti.registration.application.RegistrationTestData.withTokenUrl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The input rules of {@link RegistrationDraft}, shared by the JSON API and the administration page. */
class RegistrationDraftTest {

    @Test
    void acceptsCompleteDraft() {
        assertThat(moodle().problems()).isEmpty();
    }

    @Test
    void acceptsDraftWithoutOptionalValues() {
        RegistrationDraft minimal = new RegistrationDraft("https://lms.vn", "c", "n", "https://lms.vn/a", "https://lms.vn/j",
                null, null, null);

        assertThat(minimal.problems()).isEmpty();
        assertThat(minimal.deploymentIds()).isEmpty();
    }

    @Test
    void reportsEveryMissingRequiredField() {
        RegistrationDraft empty = new RegistrationDraft(null, "", " ", null, null, null, null, null);

        assertThat(empty.problems()).extracting(FieldProblem::field, FieldProblem::key).containsExactly(
                tuple("issuer", "validation.required"), tuple("clientId", "validation.required"),
                tuple("displayName", "validation.required"), tuple("authUrl", "validation.required"),
                tuple("jwksUrl", "validation.required"));
    }

    @Test
    void limitsLengthsToTheColumns() {
        assertThat(withClientId(moodle(), "c".repeat(256)).problems()).extracting(FieldProblem::field, FieldProblem::key, FieldProblem::limit)
                .containsExactly(tuple("clientId", "validation.too-long", 255));
        assertThat(withClientId(moodle(), "c".repeat(255)).problems()).isEmpty();
        assertThat(withDisplayName(moodle(), "n".repeat(201)).problems()).extracting(FieldProblem::limit).containsExactly(200);
        assertThat(withIssuer(moodle(), "https://lms.vn/" + "i".repeat(241)).problems()).extracting(FieldProblem::key)
                .containsExactly("validation.too-long");
        assertThat(withAuthUrl(moodle(), "https://lms.vn/" + "a".repeat(1010)).problems()).extracting(FieldProblem::limit)
                .containsExactly(1024);
    }

    @Test
    void measuresLengthAfterTrimming() {
        assertThat(withClientId(moodle(), "  " + "c".repeat(255) + "  ").problems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "file:///etc/passwd", "ftp://lms.vn/auth", "/mod/lti/auth.php",
            "https://", "https://user:secret@lms.vn/auth", "https://lms.vn/auth#x", "https://lms .vn/auth", "lms.vn/auth"})
    void refusesAnythingButPlainAbsoluteHttpUrls(String url) {
        assertThat(withAuthUrl(moodle(), url).problems()).extracting(FieldProblem::field, FieldProblem::key)
                .containsExactly(tuple("authUrl", "validation.url"));
    }

    @Test
    void issuerIsAUrlAndOptionalTokenUrlIsCheckedWhenGiven() {
        assertThat(withIssuer(moodle(), "moodle").problems()).extracting(FieldProblem::field).containsExactly("issuer");
        assertThat(withTokenUrl(moodle(), "data:text/plain,x").problems()).extracting(FieldProblem::field).containsExactly("tokenUrl");
        assertThat(withTokenUrl(moodle(), "  ").problems()).isEmpty();
    }

    @Test
    void refusesControlCharacters() {
        assertThat(withDisplayName(moodle(), "THCS\nNguyễn Du").problems()).extracting(FieldProblem::key)
                .containsExactly("validation.control");
    }

    @Test
    void refusesRepeatedBlankOrTooManyDeploymentIds() {
        assertThat(withDeploymentIds(moodle(), List.of("1", " 1")).problems()).extracting(FieldProblem::key)
                .containsExactly("validation.duplicate");
        assertThat(withDeploymentIds(moodle(), Arrays.asList("1", null)).problems()).extracting(FieldProblem::key)
                .containsExactly("validation.required");
        List<String> many = new ArrayList<>(IntStream.rangeClosed(1, 101).mapToObj(String::valueOf).toList());
        assertThat(withDeploymentIds(moodle(), many).problems()).extracting(FieldProblem::key, FieldProblem::limit)
                .containsExactly(tuple("validation.too-many", 100));
        assertThat(withDeploymentIds(moodle(), Collections.nCopies(1, "d".repeat(256))).problems())
                .extracting(FieldProblem::key).containsExactly("validation.too-long");
    }
}
