package org.childsafe.lti.registration.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.childsafe.lti.config.ToolConfigTestData;
import org.childsafe.lti.registration.application.RegistrationView;
import org.childsafe.lti.registration.domain.RegistrationOrigin;
import org.junit.jupiter.api.Test;

/** The pages of {@link DynamicRegistrationServlet}. */
class DynamicRegistrationServletTest {

    @Test
    void successPageAsksThePlatformToCloseOnLoadAndFromButton() {
        String page = DynamicRegistrationServlet.success(Locale.ENGLISH, view("moodle <lms>"));

        assertThat(page).contains("ChildSafe is registered")
                .contains("(window.opener || window.parent).postMessage({subject:'org.imsglobal.lti.close'}, '*')")
                .contains("addEventListener('click', ltiClose)")
                .contains("window.addEventListener('load', ltiClose)")
                .contains("moodle &lt;lms&gt;")
                .doesNotContain("<lms>");
    }

    @Test
    void refusesDynamicRegistrationInProductionUnlessSwitchedOn() {
        DynamicRegistrationServlet servlet = servlet("production", null, null);

        assertThat(servlet.allowed(request(null))).isFalse();
        assertThat(servlet("production", true, null).allowed(request(null))).isTrue();
        assertThat(servlet("demo", null, null).allowed(request(null))).as("on by default in demo mode").isTrue();
    }

    @Test
    void requiresTheConfiguredRegistrationKey() {
        DynamicRegistrationServlet servlet = servlet("production", true, "s3cret-key");

        assertThat(servlet.allowed(request(null))).isFalse();
        assertThat(servlet.allowed(request("wrong"))).isFalse();
        assertThat(servlet.allowed(request("s3cret-key"))).isTrue();
    }

    private static DynamicRegistrationServlet servlet(String mode, Boolean enabled, String key) {
        DynamicRegistrationServlet servlet = new DynamicRegistrationServlet();
        servlet.config = ToolConfigTestData.withDynamicRegistration(mode, enabled, key);
        return servlet;
    }

    private static HttpServletRequest request(String key) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> "getParameter".equals(method.getName()) && "key".equals(args[0]) ? key : null);
    }

    @Test
    void successPageSpeaksVietnamese() {
        assertThat(DynamicRegistrationServlet.success(Locale.forLanguageTag("vi"), view("moodle lms")))
                .contains("ChildSafe đã được đăng ký").contains("lang=\"vi\"");
    }

    @Test
    void initiatingOriginIsTheConfigurationUrlsOrigin() {
        assertThat(DynamicRegistrationServlet.initiatingOrigin("https://Moodle.School.vn:443/mod/lti/openid-configuration.php"))
                .isEqualTo("https://moodle.school.vn");
        assertThat(DynamicRegistrationServlet.initiatingOrigin("javascript:alert(1)")).isEmpty();
        assertThat(DynamicRegistrationServlet.initiatingOrigin("https://a b")).isEmpty();
        assertThat(DynamicRegistrationServlet.initiatingOrigin(null)).isEmpty();
    }

    private static RegistrationView view(String name) {
        return new RegistrationView(1L, "https://lms", "c", name, "https://lms/auth", "https://lms/jwks", null, null,
                RegistrationOrigin.DYNAMIC, "https://lms", Instant.EPOCH, Instant.EPOCH, List.of());
    }
}
