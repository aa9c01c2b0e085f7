package org.childsafe.urlcheck.lookalike;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.childsafe.urlcheck.canonical.CanonicalUrl;
import org.childsafe.urlcheck.canonical.Canonicalizer;
import org.childsafe.urlcheck.canonical.RegistrableDomains;
import org.childsafe.urlcheck.lookalike.LookalikeFinding.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LookalikeDetectorTest {

    private static final LookalikeDetector DETECTOR = new LookalikeDetector(ProtectedDomains.bundled());

    private static List<LookalikeFinding> inspect(String raw) {
        CanonicalUrl url = Canonicalizer.canonicalize(raw);
        return DETECTOR.inspect(url, RegistrableDomains.of(url.host()));
    }

    @Test
    void flagsPaypalWithOneCyrillicLetterAsMixedScriptLookalike() {
        assertThat(inspect("https://p\u0430ypal.com/signin")) // Cyrillic а (U+0430)
                .containsExactlyInAnyOrder(new LookalikeFinding(Kind.MIXED_SCRIPT, null),
                        new LookalikeFinding(Kind.LOOKALIKE, "paypal.com"));
    }

    @Test
    void flagsAllCyrillicAppleAsWholeScriptLookalike() {
        assertThat(inspect("https://\u0430\u0440\u0440\u04cf\u0435.com/")) // аррӏе
                .contains(new LookalikeFinding(Kind.WHOLE_SCRIPT, null), new LookalikeFinding(Kind.LOOKALIKE, "apple.com"))
                .doesNotContain(new LookalikeFinding(Kind.MIXED_SCRIPT, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"vietc0mbank.com.vn", "vietcornbank.com", "vietcombank.com", "vietconbank.vn",
            "vietcombankk.com.vn", "viettcombank.net", "vietcombank-online.com", "vietcombánk.vn",
            "vi\u0435tcombank.com.vn", "vietcombạnk.com"})
    void flagsVietcombankVariants(String host) {
        assertThat(inspect("http://" + host + "/login"))
                .contains(new LookalikeFinding(Kind.LOOKALIKE, "vietcombank.com.vn"));
    }

    @ParameterizedTest
    @CsvSource({"vietcombank.com.vn.secure-login.top, vietcombank.com.vn", "momo.vn.nhanqua.xyz, momo.vn",
            "dichvucong.example-gov.site, dichvucong.gov.vn"})
    void flagsProtectedNamesUsedAsSubdomains(String host, String imitated) {
        assertThat(inspect("http://" + host + "/")).contains(new LookalikeFinding(Kind.PROTECTED_IN_SUBDOMAIN, imitated));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.vietcombank.com.vn/", "https://vcbdigibank.vietcombank.com.vn/",
            "https://classroom.google.com/", "https://dichvucong.gov.vn/p/home", "https://học.vn/",
            "https://bánhmì.vn/", "https://trường-tiểu-học-nguyễn-du.edu.vn/", "https://thời-khóa-biểu.vn/",
            "https://example.com/", "https://apply.com/", "https://wikipedia.org/", "https://news.zing.vn/",
            "https://食狮.公司.cn/", "https://пример.рф/", "http://192.168.1.1/", "https://mbbank.com.vn/"})
    void leavesLegitimateSitesAndVietnameseNamesAlone(String raw) {
        assertThat(inspect(raw)).isEmpty();
    }

    @Test
    void computesSkeletonsOfAsciiLikeIcu() {
        assertThat(LookalikeDetector.skeleton("paypa1")).isEqualTo(LookalikeDetector.skeleton("paypal"));
        assertThat(LookalikeDetector.skeleton("rnbbank")).isEqualTo(LookalikeDetector.skeleton("mbbank"));
        assertThat(LookalikeDetector.skeleton("g00gle")).isEqualTo(LookalikeDetector.skeleton("google"));
    }
}
