package org.childsafe.lti.registration.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.childsafe.lti.registration.application.DeploymentNotFoundException;
import org.childsafe.lti.registration.application.DuplicateRegistrationException;
import org.childsafe.lti.registration.application.FieldProblem;
import org.childsafe.lti.registration.application.InvalidRegistrationException;
import org.childsafe.lti.registration.application.RegistrationNotFoundException;
import org.childsafe.lti.rest.Problem;
import org.junit.jupiter.api.Test;

/** The registration failures as problem JSON: stable codes, statuses, the field, and vi/en messages. */
class RegistrationExceptionMapperTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Locale EN = Locale.forLanguageTag("en");

    @Test
    void invalidInputNamesTheFirstFieldInTheCallersLanguage() {
        InvalidRegistrationException invalid = new InvalidRegistrationException(List.of(
                new FieldProblem("authUrl", "validation.url", 1024), new FieldProblem("clientId", "validation.required", 255)));

        Problem english = RegistrationExceptionMapper.problem(invalid, EN);
        Problem vietnamese = RegistrationExceptionMapper.problem(invalid, VI);

        assertThat(english.status()).isEqualTo(400);
        assertThat(english.code()).isEqualTo("registration.invalid");
        assertThat(english.field()).isEqualTo("authUrl");
        assertThat(english.message()).startsWith("OIDC authorization URL must be a complete address");
        assertThat(vietnamese.message()).startsWith("URL xác thực OIDC phải là một địa chỉ đầy đủ");
    }

    @Test
    void lengthLimitsAreWrittenWithoutGrouping() {
        Problem problem = RegistrationExceptionMapper.problem(InvalidRegistrationException.of("authUrl", "validation.too-long", 1024), VI);

        assertThat(problem.message()).contains("1024").doesNotContain("1.024");
    }

    @Test
    void domainRefusalKeepsItsSafeMessage() {
        Problem problem = RegistrationExceptionMapper.problem(
                InvalidRegistrationException.fromDomain(new IllegalArgumentException("School name must be at most 200 characters.")), EN);

        assertThat(problem.code()).isEqualTo("registration.invalid");
        assertThat(problem.field()).isNull();
        assertThat(problem.message()).isEqualTo("Invalid value: School name must be at most 200 characters.");
    }

    @Test
    void duplicateIsConflictAndMissingThingsAreNotFound() {
        assertThat(RegistrationExceptionMapper.problem(new DuplicateRegistrationException("https://lms.vn", "c"), EN))
                .extracting(Problem::status, Problem::code).containsExactly(409, "registration.duplicate");
        assertThat(RegistrationExceptionMapper.problem(new RegistrationNotFoundException(7), VI))
                .extracting(Problem::status, Problem::code, Problem::message)
                .containsExactly(404, "registration.not_found", "Không có đăng ký này, hoặc đăng ký đã bị xóa.");
        assertThat(RegistrationExceptionMapper.problem(new DeploymentNotFoundException(7, "d"), EN))
                .extracting(Problem::status, Problem::code).containsExactly(404, "deployment.not_found");
    }

    @Test
    void messagesNeverRevealTheExceptionText() {
        Problem problem = RegistrationExceptionMapper.problem(new DuplicateRegistrationException("https://secret.lms.vn", "c-42"), EN);

        assertThat(problem.toJson()).doesNotContain("secret.lms.vn").doesNotContain("c-42");
    }
}
