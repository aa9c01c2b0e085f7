package org.childsafe.lti.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.childsafe.lti.config.ToolConfigTestData;
import org.junit.jupiter.api.Test;

/** Which state-changing API requests pass the CSRF filter of a tool at {@code http://localhost:8080}. */
class CsrfFilterTest {

    private final CsrfFilter filter = new CsrfFilter();

    CsrfFilterTest() {
        filter.config = ToolConfigTestData.demo("http://localhost:8080");
    }

    private boolean allowed(String contentType, String... headers) {
        Map<String, String> byName = new HashMap<>();
        for (int i = 0; i < headers.length; i += 2) {
            byName.put(headers[i].toLowerCase(Locale.ROOT), headers[i + 1]);
        }
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (self, method, args) -> switch (method.getName()) {
                    case "getContentType" -> contentType;
                    case "getHeader" -> byName.get(((String) args[0]).toLowerCase(Locale.ROOT));
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return filter.allowed(request);
    }

    @Test
    void allowsJson() {
        assertThat(allowed("application/json")).isTrue();
        assertThat(allowed("application/json; charset=UTF-8")).isTrue();
        assertThat(allowed("Application/JSON")).isTrue();
    }

    @Test
    void allowsStructuredJsonSuffixTypes() {
        assertThat(allowed("application/problem+json")).isTrue();
        assertThat(allowed("application/vnd.x+json; charset=utf-8")).isTrue();
    }

    @Test
    void refusesTypesAnHtmlFormCanSendWithoutRequestedWith() {
        assertThat(allowed("application/x-www-form-urlencoded")).isFalse();
        assertThat(allowed("multipart/form-data; boundary=x")).isFalse();
        assertThat(allowed("text/plain")).isFalse();
        assertThat(allowed("text/plain; application/json")).isFalse();
        assertThat(allowed(null)).isFalse();
    }

    @Test
    void allowsAnyTypeWithRequestedWithHeader() {
        assertThat(allowed("application/x-www-form-urlencoded", "X-Requested-With", "XMLHttpRequest")).isTrue();
        assertThat(allowed(null, "X-Requested-With", "fetch")).isTrue();
    }

    @Test
    void refusesForeignOriginEvenWithJson() {
        assertThat(allowed("application/json", "Origin", "https://evil.example")).isFalse();
        assertThat(allowed("application/json", "Origin", "https://localhost:8080")).isFalse();
        assertThat(allowed("application/json", "Origin", "http://localhost:8081")).isFalse();
        assertThat(allowed("application/json", "Origin", "http://localhost")).isFalse();
        assertThat(allowed("application/json", "Origin", "https://evil.example", "X-Requested-With", "x")).isFalse();
    }

    @Test
    void refusesOpaqueOrMalformedOrigin() {
        assertThat(allowed("application/json", "Origin", "null")).isFalse();
        assertThat(allowed("application/json", "Origin", "http://[bad")).isFalse();
        assertThat(allowed("application/json", "Origin", "")).isFalse();
    }

    @Test
    void allowsSameOrigin() {
        assertThat(allowed("application/json", "Origin", "http://localhost:8080")).isTrue();
        assertThat(allowed("application/json", "Origin", "http://LOCALHOST:8080")).isTrue();
    }

    @Test
    void sameOriginAloneIsNotEnough() {
        assertThat(allowed("application/x-www-form-urlencoded", "Origin", "http://localhost:8080")).isFalse();
    }
}
