package org.childsafe.lti.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The problem-JSON body. */
class ProblemTest {

    @Test
    void writesCodeMessageAndFieldWhenPresent() {
        assertThat(new Problem(400, "registration.invalid", "Issuer is required.", "issuer").toJson())
                .isEqualTo("{\"status\":400,\"code\":\"registration.invalid\",\"message\":\"Issuer is required.\",\"field\":\"issuer\"}");
        assertThat(new Problem(404, "registration.not_found", "Gone.", null).toJson()).doesNotContain("field");
    }

    @Test
    void escapesEverythingThatCouldBreakOutOfAString() {
        String json = new Problem(400, "c", "a \"quote\" \\ <script>\n\u0001", null).toJson();

        assertThat(json).contains("a \\\"quote\\\" \\\\ \\u003cscript\\u003e\\n\\u0001").doesNotContain("<script>");
    }

    @Test
    void takesTheMessageOfItsCodeFromTheBundle() {
        assertThat(Problem.of(401, "auth.required", Locale.forLanguageTag("en")).message())
                .isEqualTo("Please sign in as an administrator.");
        assertThat(Problem.of(401, "auth.required", Locale.forLanguageTag("vi")).message())
                .isEqualTo("Vui lòng đăng nhập với tư cách quản trị viên.");
    }
}
