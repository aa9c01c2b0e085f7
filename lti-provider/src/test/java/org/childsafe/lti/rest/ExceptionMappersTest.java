package org.childsafe.lti.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The generic mappers: JAX-RS refusals, unreadable bodies, and the catch-all. */
class ExceptionMappersTest {

    private static final Locale EN = Locale.forLanguageTag("en");

    @ParameterizedTest
    @CsvSource({"400,request.malformed", "401,auth.required", "403,auth.forbidden", "404,resource.not_found",
            "405,method.not_allowed", "406,media.not_acceptable", "415,media.unsupported", "409,request.rejected",
            "500,server.error", "503,server.error"})
    void keepsTheStatusOfJaxRsRefusalsWithAStableCode(int status, String code) {
        Problem problem = WebApplicationExceptionMapper.problem(status, EN);

        assertThat(problem.status()).isEqualTo(status);
        assertThat(problem.code()).isEqualTo(code);
        assertThat(problem.message()).doesNotStartWith("problem.");
    }

    @Test
    void unreadableJsonBodyIsMalformedRequest() {
        ProcessingException unreadable = new ProcessingException("Error deserializing object from entity stream.",
                new JsonbException("Unexpected char 125 at (line no=1, column no=12, offset=11)"));

        Problem problem = ProcessingExceptionMapper.problem(unreadable, EN);

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.code()).isEqualTo("request.malformed");
        assertThat(problem.toJson()).doesNotContain("Unexpected char").doesNotContain("entity stream");
    }

    @Test
    void otherProcessingFailuresAreTheServersProblem() {
        Problem problem = ProcessingExceptionMapper.problem(new ProcessingException("Connection refused: jwks.example"), EN);

        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.code()).isEqualTo("server.error");
        assertThat(problem.toJson()).doesNotContain("jwks.example");
    }

    @Test
    void unexpectedFailuresGetAGenericMessageInTheCallersLanguage() {
        Problem english = UnexpectedExceptionMapper.problem(EN);
        Problem vietnamese = UnexpectedExceptionMapper.problem(Locale.forLanguageTag("vi"));

        assertThat(english.toJson()).isEqualTo("{\"status\":500,\"code\":\"server.error\",\"message\":\""
                + "Sorry, something went wrong on our side. Nothing was changed. Please try again later.\"}");
        assertThat(vietnamese.message()).startsWith("Xin lỗi");
    }
}
