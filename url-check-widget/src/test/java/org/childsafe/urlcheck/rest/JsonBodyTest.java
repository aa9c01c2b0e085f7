package org.childsafe.urlcheck.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Bodies are refused by declared size before any byte is read, and never read past the limit. */
class JsonBodyTest {

    @Test
    void refusesADeclaredTenMegabyteBodyWithoutReadingIt() {
        InputStream untouchable = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the body must not be read");
            }
        };

        UrlCheckProblemException refused = assertThrows(UrlCheckProblemException.class,
                () -> JsonBody.read(untouchable, String.valueOf(10 * 1024 * 1024), 65_536));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.code()).isEqualTo("urlcheck.body_too_large");
    }

    @Test
    void readsAnUndeclaredBodyOnlyToTheLimitPlusOne() {
        AtomicLong read = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read.incrementAndGet();
                return ' ';
            }
        };

        UrlCheckProblemException refused = assertThrows(UrlCheckProblemException.class, () -> JsonBody.read(endless, null, 1000));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(read.get()).isLessThanOrEqualTo(1001);
    }

    @Test
    void readsStringMembers() {
        JsonBody body = JsonBody.read(stream("{\"url\":\"https://example.com\",\"ageBand\":null}"), null, 1000);

        assertThat(body.string("url")).hasValue("https://example.com");
        assertThat(body.string("ageBand")).isEmpty();
        assertThat(body.string("missing")).isEmpty();
    }

    @Test
    void refusesMalformedOrMistypedJsonAndAnEmptyBody() {
        assertThat(code(() -> JsonBody.read(stream("{\"url\":"), null, 1000))).isEqualTo("urlcheck.malformed_json");
        assertThat(code(() -> JsonBody.read(stream("[\"https://example.com\"]"), null, 1000))).isEqualTo("urlcheck.malformed_json");
        assertThat(code(() -> JsonBody.read(stream("{\"url\":42}"), null, 1000).string("url"))).isEqualTo("urlcheck.malformed_json");
        assertThat(code(() -> JsonBody.read(stream("{}"), "abc", 1000))).isEqualTo("urlcheck.malformed_json");
        assertThat(code(() -> JsonBody.read(stream(""), "0", 1000))).isEqualTo("urlcheck.empty");
    }

    private static String code(Runnable call) {
        return assertThrows(UrlCheckProblemException.class, call::run).code();
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
