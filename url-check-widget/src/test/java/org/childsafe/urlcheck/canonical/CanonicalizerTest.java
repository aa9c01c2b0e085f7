package org.childsafe.urlcheck.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalizerTest {

    private static String canon(String raw) {
        return Canonicalizer.canonicalize(raw).url();
    }

    /**
     * Google's published examples, https://developers.google.com/safe-browsing/v4/urls-hashing#canonicalization.
     * One adaptation: Google writes {@code http://\x01\x80.com/} with raw bytes; a Java string has no raw byte
     * 0x80 (U+0080 would be UTF-8 C2 80), so the same bytes are given percent-escaped.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "http://host/%25%32%35|http://host/%25",
            "http://host/%25%32%35%25%32%35|http://host/%25%25",
            "http://host/%2525252525252525|http://host/%25",
            "http://host/asdf%25%32%35asd|http://host/asdf%25asd",
            "http://host/%%%25%32%35asd%%|http://host/%25%25%25asd%25%25",
            "http://www.google.com/|http://www.google.com/",
            "http://%31%36%38%2e%31%38%38%2e%39%39%2e%32%36/%2E%73%65%63%75%72%65/%77%77%77%2E%65%62%61%79%2E%63%6F%6D/|http://168.188.99.26/.secure/www.ebay.com/",
            "http://195.127.0.11/uploads/%20%20%20%20/.verify/.eBaysecure=updateuserdataxplimnbqmn-xplmvalidateinfoswqpcmlx=hgplmcx/|http://195.127.0.11/uploads/%20%20%20%20/.verify/.eBaysecure=updateuserdataxplimnbqmn-xplmvalidateinfoswqpcmlx=hgplmcx/",
            "http://host%23.com/%257Ea%2521b%2540c%2523d%2524e%25f%255E00%252611%252A22%252833%252944_55%252B|http://host%23.com/~a!b@c%23d$e%25f^00&11*22(33)44_55+",
            "http://3279880203/blah|http://195.127.0.11/blah",
            "http://www.google.com/blah/..|http://www.google.com/",
            "www.google.com/|http://www.google.com/",
            "www.google.com|http://www.google.com/",
            "http://www.evil.com/blah#frag|http://www.evil.com/blah",
            "http://www.GOOgle.com/|http://www.google.com/",
            "http://www.google.com.../|http://www.google.com/",
            "`http://www.google.com/foo\tbar\rbaz\n2`|http://www.google.com/foobarbaz2",
            "http://www.google.com/q?|http://www.google.com/q?",
            "http://www.google.com/q?r?|http://www.google.com/q?r?",
            "http://www.google.com/q?r?s|http://www.google.com/q?r?s",
            "http://evil.com/foo#bar#baz|http://evil.com/foo",
            "http://evil.com/foo;|http://evil.com/foo;",
            "http://evil.com/foo?bar;|http://evil.com/foo?bar;",
            "http://%01%80.com/|http://%01%80.com/",
            "http://notrailingslash.com|http://notrailingslash.com/",
            "http://www.gotaport.com:1234/|http://www.gotaport.com/",
            "`  http://www.google.com/  `|http://www.google.com/",
            "http:// leadingspace.com/|http://%20leadingspace.com/",
            "http://%20leadingspace.com/|http://%20leadingspace.com/",
            "%20leadingspace.com/|http://%20leadingspace.com/",
            "https://www.securesite.com/|https://www.securesite.com/",
            "http://host.com/ab%23cd|http://host.com/ab%23cd",
            "http://host.com//twoslashes?more//slashes|http://host.com/twoslashes?more//slashes"})
    void canonicalisesGooglesPublishedExamples(String raw, String expected) {
        assertThat(canon(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "http://0xC37F000B/|http://195.127.0.11/",
            "http://0303.0177.0.013/|http://195.127.0.11/",
            "http://195.8323083/|http://195.127.0.11/",
            "http://195.127.11/|http://195.127.0.11/",
            "http://0x12.0x43.0x44.0x01/|http://18.67.68.1/",
            "http://012.034.01.055/|http://10.28.1.45/",
            "http://03053/|http://0.0.6.43/",
            "http://413960661/|http://24.172.137.213/",
            "http://1.2.3.256/|http://1.2.3.256/",
            "http://09.1.1.1/|http://09.1.1.1/",
            "http://[2001:DB8:0:0:0:0:0:1]:8080/x|http://[2001:db8::1]/x",
            "http://[::FFFF:1.2.3.4]/|http://1.2.3.4/"})
    void canonicalisesEveryIpForm(String raw, String expected) {
        assertThat(canon(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "http://example.com/a/./b/../c|http://example.com/a/c",
            "http://example.com/foo/.|http://example.com/foo/",
            "http://example.com/foo/bar/../|http://example.com/foo/",
            "http://example.com/foo/../../..|http://example.com/",
            "http://example.com/foo/..bar|http://example.com/foo/..bar",
            "http://example.com/%2e%2e/%2E/x|http://example.com/x",
            "http://user:pw@Example.COM:8443/p|http://example.com/p",
            "HTTPS://EXAMPLE.com|https://example.com/",
            "example.com:8080/x|http://example.com/x",
            "//example.com/x|http://example.com/x",
            "http:example.com/x|http://example.com/x",
            "http://example.com/ä ö|http://example.com/%C3%A4%20%C3%B6",
            "http://example.com/%c3%a4|http://example.com/%C3%A4",
            "http://example.com/a\\b|http://example.com/a/b"})
    void resolvesPathsAndStripsUserinfoAndPort(String raw, String expected) {
        assertThat(canon(raw)).isEqualTo(expected);
    }

    @Test
    void convertsUnicodeHostsByIdnaNonTransitional() {
        CanonicalUrl url = Canonicalizer.canonicalize("https://Học.VN/bài-1");

        assertThat(url.host()).isEqualTo("xn--hc-68s.vn");
        assertThat(url.unicodeHost()).isEqualTo("học.vn");
        assertThat(canon("http://faß.de/")).isEqualTo("http://xn--fa-hia.de/"); // non-transitional: ß stays
        assertThat(canon("http://%62%C3%A1nhm%C3%AC.vn/")).isEqualTo("http://xn--bnhm-5na3e.vn/");
        assertThat(canon("http://ｇｏ．ｃｏｍ/")).isEqualTo("http://go.com/"); // full-width letters and dot
    }

    @Test
    void recordsUserinfoAndPortAndIpKind() {
        CanonicalUrl url = Canonicalizer.canonicalize("http://vietcombank.com.vn@1.2.3.4:81/login");

        assertThat(url.hadUserinfo()).isTrue();
        assertThat(url.hadPort()).isTrue();
        assertThat(url.hostKind()).isEqualTo(HostKind.IPV4);
        assertThat(url.host()).isEqualTo("1.2.3.4");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(document.cookie)", "java\tscript:alert(1)",
            "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "ftp://example.com/",
            "mailto:a@example.com", "javascript%3Aalert(1)", "vbscript:msgbox"})
    void refusesSchemesOtherThanHttp(String raw) {
        InvalidUrlException e = assertThrows(InvalidUrlException.class, () -> Canonicalizer.canonicalize(raw));

        assertThat(e.code()).isEqualTo(InvalidUrlException.SCHEME_NOT_ALLOWED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\r\n", "#fragment-only"})
    void refusesEmptyInput(String raw) {
        assertThat(assertThrows(InvalidUrlException.class, () -> Canonicalizer.canonicalize(raw)).code())
                .isEqualTo(InvalidUrlException.EMPTY);
    }

    @Test
    void refusesTenMegabytesBeforeReadingThem() {
        String huge = "http://example.com/" + "a".repeat(10 * 1024 * 1024);

        assertThat(assertThrows(InvalidUrlException.class, () -> Canonicalizer.canonicalize(huge)).code())
                .isEqualTo(InvalidUrlException.TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http:///path", "http://@/", "http://:80/", "http://[zz]/", "http://.../"})
    void refusesInputWithoutHost(String raw) {
        assertThat(assertThrows(InvalidUrlException.class, () -> Canonicalizer.canonicalize(raw)).code())
                .isEqualTo(InvalidUrlException.NOT_A_URL);
    }
}
