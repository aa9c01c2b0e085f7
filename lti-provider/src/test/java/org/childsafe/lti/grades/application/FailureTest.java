package org.childsafe.lti.grades.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.childsafe.lti.services.ServiceErrors;
import org.childsafe.lti.services.ServiceException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every failure the service clients report maps to one stable grade code and a retry decision. */
class FailureTest {

    @ParameterizedTest(name = "{0} {1} {2} → {3}, retry {4}")
    @CsvSource(nullValues = "-", value = {
            "ags.rejected,               422, User NOT gradable,      ags.user_not_gradable,   false",
            "ags.rejected,               400, user_not_gradable,      ags.user_not_gradable,   false",
            "ags.rejected,               422, Score out of range,     ags.rejected,            false",
            "ags.rejected,               409, -,                      ags.rejected,            false",
            "ags.rejected,               429, -,                      ags.rate_limited,        true",
            "ags.not_found,              404, -,                      ags.not_found,           false",
            "service.forbidden,          403, -,                      ags.forbidden,           false",
            "service.unauthorized,       401, -,                      ags.unauthorized,        true",
            "service.token_refused,      400, invalid_client,         ags.token_refused,       true",
            "service.unavailable,        503, -,                      ags.server_error,        true",
            "service.unavailable,        0,   -,                      ags.timeout,             true",
            "service.malformed_response, 200, -,                      ags.malformed_response,  true",
            "service.scope_not_granted,  0,   -,                      ags.unavailable,         false"})
    void classifiesServiceFailures(String serviceCode, int status, String platformMessage, String code, boolean retry) {
        Failure failure = Failure.of(new ServiceException(serviceCode, "POST https://lms/x answered " + status + ".",
                status, platformMessage, false, null));

        assertThat(failure.code()).isEqualTo(code);
        assertThat(failure.retryable()).isEqualTo(retry);
        assertThat(GradeErrors.ALL).contains(failure.code());
    }

    @ParameterizedTest
    @CsvSource({"true", "false"})
    void treatsToolSideProblemsApart(boolean notDeliverable) {
        Failure failure = Failure.of(notDeliverable ? new GradeNotDeliverableException("no claim")
                : new IllegalStateException("bug"));

        assertThat(failure.code()).isEqualTo(notDeliverable ? GradeErrors.UNAVAILABLE : GradeErrors.TOOL_ERROR);
        assertThat(failure.retryable()).isEqualTo(!notDeliverable);
    }

    @org.junit.jupiter.api.Test
    void keepsTheDetailShort() {
        Failure failure = Failure.of(new ServiceException(ServiceErrors.AGS_REJECTED, "x".repeat(500), 400, null, false,
                null));

        assertThat(failure.detail().length()).isLessThanOrEqualTo(300);
    }
}
