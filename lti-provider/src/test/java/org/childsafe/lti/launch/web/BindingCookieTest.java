package org.childsafe.lti.launch.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-state browser binding cookie: its name, its attributes, and reading it back. */
class BindingCookieTest {

    private static final String STATE = "q3Fz0b1e-7YkT2mN_aC4dE5fG6hI8jK";
    private static final String OTHER_STATE = "Wn5pX2rS9tU-vY7zA1bC3dE4fG6hJ0k";

    /** Records the {@code Set-Cookie} headers added; every other call fails. */
    private static final class Response {
        final List<String> setCookies = new ArrayList<>();

        HttpServletResponse proxy() {
            return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (self, method, args) -> {
                        if (method.getName().equals("addHeader") && "Set-Cookie".equals(args[0])) {
                            setCookies.add((String) args[1]);
                            return null;
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    private static HttpServletRequest requestWith(Cookie... cookies) {
        return (HttpServletRequest) Proxy.newProxyInstance(BindingCookieTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (self, method, args) -> {
                    if (method.getName().equals("getCookies")) {
                        return cookies;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static List<String> attributes(String setCookie) {
        return Arrays.stream(setCookie.split(";")).map(String::strip).toList();
    }

    @Test
    void nameIsDeterministicPerState() {
        assertThat(BindingCookie.name(STATE)).isEqualTo(BindingCookie.name(new String(STATE.toCharArray())));
    }

    @Test
    void differentStatesGetDifferentNames() {
        assertThat(BindingCookie.name(STATE)).isNotEqualTo(BindingCookie.name(OTHER_STATE));
        assertThat(BindingCookie.name(STATE)).isNotEqualTo(BindingCookie.name(STATE + "x"));
    }

    @Test
    void nameIsPrefixedHashThatRevealsNothingOfTheState() {
        String name = BindingCookie.name(STATE);

        assertThat(name).startsWith("cs_lti_").matches("cs_lti_[0-9a-f]{16}");
        for (int i = 0; i + 4 <= STATE.length(); i++) {
            assertThat(name).doesNotContain(STATE.substring(i, i + 4));
        }
    }

    @Test
    void setWritesHttpOnlySecureSameSiteNoneCookieScopedToTheLaunchPath() {
        Response response = new Response();

        BindingCookie.set(response.proxy(), "/childsafe", STATE, "binding-value", Duration.ofMinutes(10), true);

        assertThat(response.setCookies).hasSize(1);
        List<String> attributes = attributes(response.setCookies.get(0));
        assertThat(attributes.get(0)).isEqualTo(BindingCookie.name(STATE) + "=binding-value");
        assertThat(attributes).containsExactlyInAnyOrder(attributes.get(0), "HttpOnly", "Secure", "SameSite=None",
                "Path=/childsafe/lti/launch", "Max-Age=600");
    }

    @Test
    void setWithoutSecureFallsBackToSameSiteLax() {
        Response response = new Response();

        BindingCookie.set(response.proxy(), "", STATE, "binding-value", Duration.ofSeconds(90), false);

        List<String> attributes = attributes(response.setCookies.get(0));
        assertThat(attributes).contains("HttpOnly", "SameSite=Lax", "Path=/lti/launch", "Max-Age=90")
                .doesNotContain("Secure", "SameSite=None");
    }

    @Test
    void clearExpiresTheSameCookieAtOnce() {
        Response response = new Response();

        BindingCookie.clear(response.proxy(), "/childsafe", STATE, true);

        List<String> attributes = attributes(response.setCookies.get(0));
        assertThat(attributes.get(0)).isEqualTo(BindingCookie.name(STATE) + "=");
        assertThat(attributes).contains("Max-Age=0", "Path=/childsafe/lti/launch", "HttpOnly", "Secure", "SameSite=None");
    }

    @Test
    void readFindsTheCookieOfItsOwnStateOnly() {
        HttpServletRequest request = requestWith(new Cookie("JSESSIONID", "s"),
                new Cookie(BindingCookie.name(OTHER_STATE), "other-binding"),
                new Cookie(BindingCookie.name(STATE), "my-binding"));

        assertThat(BindingCookie.read(request, STATE)).isEqualTo("my-binding");
        assertThat(BindingCookie.read(request, OTHER_STATE)).isEqualTo("other-binding");
    }

    @Test
    void readIsNullWhenTheStatesCookieIsAbsent() {
        HttpServletRequest request = requestWith(new Cookie(BindingCookie.name(OTHER_STATE), "other-binding"));

        assertThat(BindingCookie.read(request, STATE)).isNull();
    }

    @Test
    void readIsNullWithoutCookies() {
        assertThat(BindingCookie.read(requestWith((Cookie[]) null), STATE)).isNull();
        assertThat(BindingCookie.read(requestWith(), STATE)).isNull();
    }

    @Test
    void readIsNullWithoutState() {
        HttpServletRequest request = requestWith(new Cookie(BindingCookie.name(STATE), "my-binding"));

        assertThat(BindingCookie.read(request, null)).isNull();
    }
}
