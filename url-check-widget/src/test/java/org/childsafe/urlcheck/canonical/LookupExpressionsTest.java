package org.childsafe.urlcheck.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LookupExpressionsTest {

    private static List<String> expressions(String url) {
        return LookupExpressions.of(Canonicalizer.canonicalize(url));
    }

    /** The two worked examples of https://developers.google.com/safe-browsing/v4/urls-hashing#suffixprefix-expressions. */
    @Test
    void buildsGooglesExampleExpressions() {
        assertThat(expressions("http://a.b.c/1/2.html?param=1")).containsExactlyInAnyOrder(
                "a.b.c/1/2.html?param=1", "a.b.c/1/2.html", "a.b.c/", "a.b.c/1/",
                "b.c/1/2.html?param=1", "b.c/1/2.html", "b.c/", "b.c/1/");
        assertThat(expressions("http://a.b.c.d.e.f.g/1.html")).containsExactlyInAnyOrder(
                "a.b.c.d.e.f.g/1.html", "a.b.c.d.e.f.g/",
                "c.d.e.f.g/1.html", "c.d.e.f.g/", "d.e.f.g/1.html", "d.e.f.g/",
                "e.f.g/1.html", "e.f.g/", "f.g/1.html", "f.g/");
        assertThat(expressions("http://1.2.3.4/1/")).containsExactlyInAnyOrder("1.2.3.4/1/", "1.2.3.4/");
    }

    @Test
    void neverExceedsFiveHostsTimesSixPaths() {
        List<String> e = expressions("http://a.b.c.d.e.f.g.h/1/2/3/4/5/6/7.html?q=1");

        assertThat(e).hasSize(30).doesNotHaveDuplicates();
        assertThat(e).contains("d.e.f.g.h/1/2/3/", "g.h/1/2/3/4/5/6/7.html?q=1").doesNotContain("h/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://a.b.c/1/2.html?param=1", "http://a.b.c.d.e.f.g/1.html", "http://1.2.3.4/1/",
            "http://www.example.com/", "http://example.com", "http://x.y.z.example.co.uk/a/b/c/d/e/f?x",
            "http://[::1]/a/", "http://xn--hc-68s.vn/bài/1/", "http://example.com/q?"})
    void fingerprintsFollowTheExpressionsInOrder(String url) {
        CanonicalUrl c = Canonicalizer.canonicalize(url);
        List<String> strings = LookupExpressions.of(c);
        long[] fps = new long[LookupExpressions.MAX];
        int n = LookupExpressions.fingerprints(c, fps);

        assertThat(n).isEqualTo(strings.size());
        assertThat(Arrays.copyOf(fps, n)).containsExactly(strings.stream().mapToLong(Fingerprints::of).toArray());
        assertThat(Arrays.stream(fps, 0, n).distinct().count()).isEqualTo(n);
        for (int i = 0; i < n; i++) {
            assertThat(LookupExpressions.expression(c, i)).isEqualTo(strings.get(i));
        }
    }

    @Test
    void domainFingerprintIsTheSiteRootExpression() {
        assertThat(Fingerprints.ofDomain("example.com")).isEqualTo(Fingerprints.of("example.com/"));
        byte[] b = "xxEXAMPLE.comyy".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(Fingerprints.ofDomainHash(Fingerprints.hostHashAscii(b, 2, 13)))
                .isEqualTo(Fingerprints.of("example.com/"));
    }
}
