package org.childsafe.urlcheck.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.childsafe.urlcheck.canonical.InvalidUrlException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlCheckerTest {

    @TempDir
    Path dir;

    private UrlChecker checker;

    @BeforeEach
    void setUp() {
        checker = UrlCheckerTestData.checkerWith(UrlCheckerTestData.categories(dir));
    }

    private Verdict check(String url, AgeBand band) {
        return checker.check(url, CheckPolicy.defaults(band));
    }

    @ParameterizedTest(name = "{0} for {1} → {2}")
    @CsvSource({
            "http://malware.example.com/x, PRIMARY, UNSAFE",
            "http://malware.example.com/x, UPPER_SECONDARY, UNSAFE",
            "https://login.phish.example.net/, UPPER_SECONDARY, UNSAFE",
            "http://adult.example.com/, UPPER_SECONDARY, UNSAFE",
            "http://dating.example.com/, PRIMARY, UNSAFE",
            "http://dating.example.com/, UPPER_SECONDARY, UNSAFE",
            "http://games.example.com/, PRIMARY, CAUTION",
            "http://games.example.com/, LOWER_SECONDARY, SAFE",
            "http://social.example.com/, LOWER_SECONDARY, CAUTION",
            "http://social.example.com/, UPPER_SECONDARY, SAFE",
            "http://news.example.com/, PRIMARY, SAFE",
            "http://files.example.org/payload/a.exe, PRIMARY, UNSAFE",
            "http://files.example.org/other/, PRIMARY, SAFE",
            "https://www.wikipedia.org/, PRIMARY, SAFE"})
    void ratesCategoriesPerAgeBand(String url, AgeBand band, Rating expected) {
        assertThat(check(url, band).rating()).isEqualTo(expected);
    }

    @Test
    void explainsAMatchWithCategorySourceAndDate() {
        Verdict v = check("HTTP://Malware.Example.com:8080/x#y", AgeBand.PRIMARY);

        assertThat(v.canonicalUrl()).isEqualTo("http://malware.example.com/x");
        assertThat(v.registrableDomain()).isEqualTo("example.com");
        assertThat(v.reasons()).containsExactly(Reason.of(Reason.MALWARE, "malware", "test-malware"));
        assertThat(v.matches()).singleElement().satisfies(m -> {
            assertThat(m.expression()).isEqualTo("malware.example.com/");
            assertThat(m.source()).isEqualTo("test-malware");
            assertThat(m.fetchedAt()).isEqualTo(UrlCheckerTestData.CLOCK.instant());
        });
        assertThat(v.freshness().snapshotVersion()).isEqualTo(1);
        assertThat(v.freshness().loaded()).isTrue();
    }

    @Test
    void schoolMayRelaxACategoryButNeverMalware() {
        CheckPolicy relaxed = new CheckPolicy(AgeBand.PRIMARY,
                Map.of("games", Rating.SAFE, "malware", Rating.SAFE), SchoolLists.NONE);

        assertThat(checker.check("http://games.example.com/", relaxed).rating()).isEqualTo(Rating.SAFE);
        assertThat(checker.check("http://malware.example.com/", relaxed).rating()).isEqualTo(Rating.UNSAFE);
    }

    @Test
    void schoolAllowBeatsEveryFeedAndSchoolBlockIsUnsafe() {
        SchoolLists lists = SchoolLists.of(List.of("malware.example.com/lesson/", "vietc0mbank.com"),
                List.of("news.example.com", "https://games.example.com/"));
        CheckPolicy policy = new CheckPolicy(AgeBand.PRIMARY, Map.of(), lists);

        Verdict allowed = checker.check("http://malware.example.com/lesson/1", policy);
        Verdict stillBlocked = checker.check("http://malware.example.com/other", policy);
        Verdict blocked = checker.check("https://www.news.example.com/today", policy);

        assertThat(allowed.rating()).isEqualTo(Rating.SAFE);
        assertThat(allowed.reasons()).containsExactly(Reason.of(Reason.SCHOOL_ALLOW, "malware.example.com/lesson/"));
        assertThat(allowed.matches()).isNotEmpty(); // still shown, for the teacher
        assertThat(stillBlocked.rating()).isEqualTo(Rating.UNSAFE);
        assertThat(blocked.rating()).isEqualTo(Rating.UNSAFE);
        assertThat(blocked.reasons()).containsExactly(Reason.of(Reason.SCHOOL_BLOCK, "news.example.com"));
        assertThat(checker.check("http://vietc0mbank.com/", policy).rating()).isEqualTo(Rating.SAFE);
    }

    @Test
    void moreSpecificSchoolEntryWins() {
        SchoolLists lists = SchoolLists.of(List.of("social.example.com/class-7a/"), List.of("social.example.com"));
        CheckPolicy policy = new CheckPolicy(AgeBand.PRIMARY, Map.of(), lists);

        assertThat(checker.check("http://social.example.com/class-7a/post", policy).rating()).isEqualTo(Rating.SAFE);
        assertThat(checker.check("http://social.example.com/other", policy).rating()).isEqualTo(Rating.UNSAFE);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "http://vietc0mbank.com.vn/login, lookalike",
            "http://192.168.10.5/login, ip_literal",
            "http://3279880203/, ip_literal",
            "https://www.google.com@evil.example/, userinfo",
            "https://bit.ly/3abcd, shortener",
            "http://vietcombank.com.vn.secure-login.top/, protected_in_subdomain"})
    void warnsWithCautionAndNamesTheReason(String url, String reason) {
        Verdict v = check(url, AgeBand.UPPER_SECONDARY);

        assertThat(v.rating()).isEqualTo(Rating.CAUTION);
        assertThat(v.reasons()).extracting(Reason::code).contains(reason);
    }

    @Test
    void namesTheLookalike() {
        Verdict v = check("https://p\u0430ypal.com/", AgeBand.UPPER_SECONDARY);

        assertThat(v.reasons()).contains(Reason.of(Reason.LOOKALIKE, "paypal.com"), Reason.of(Reason.MIXED_SCRIPT));
        assertThat(v.displayHost()).isEqualTo("p\u0430ypal.com");
        assertThat(v.host()).startsWith("xn--");
    }

    @Test
    void saysNotListedWhenNothingIsFound() {
        Verdict v = check("https://học.vn/bài-1", AgeBand.PRIMARY);

        assertThat(v.rating()).isEqualTo(Rating.SAFE);
        assertThat(v.reasons()).containsExactly(Reason.of(Reason.NOT_LISTED));
        assertThat(v.displayHost()).isEqualTo("học.vn");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "' '|urlcheck.empty",
            "javascript:alert(1)|urlcheck.scheme_not_allowed",
            "data:text/html;base64,PHNjcmlwdD4=|urlcheck.scheme_not_allowed",
            "hello world|urlcheck.not_a_url",
            "just-a-word|urlcheck.not_a_url"})
    void refusesBadInputWithAStableCode(String input, String code) {
        InvalidUrlException e = assertThrows(InvalidUrlException.class, () -> check(input, AgeBand.PRIMARY));

        assertThat(e.code()).isEqualTo(code);
    }

    @Test
    void refusesTenMegabytes() {
        String huge = "x".repeat(10 * 1024 * 1024);

        assertThat(assertThrows(InvalidUrlException.class, () -> check(huge, AgeBand.PRIMARY)).code())
                .isEqualTo(InvalidUrlException.TOO_LONG);
        assertThat(assertThrows(InvalidUrlException.class,
                () -> checker.checkText(huge, CheckPolicy.defaults(AgeBand.PRIMARY), 10)).code())
                .isEqualTo(InvalidUrlException.TOO_LONG);
    }

    @Test
    void findsAndChecksEveryLinkInAPastedText() {
        String text = "Xem cái này nhé: https://malware.example.com/free-robux, rồi vào www.news.example.com."
                + " Đừng bấm javascript:alert(1) hay vietc0mbank.com.vn/login! Bài tập ở học.vn.";

        List<LinkVerdict> found = checker.checkText(text, CheckPolicy.defaults(AgeBand.PRIMARY), 10);

        assertThat(found).extracting(LinkVerdict::link).containsExactly("https://malware.example.com/free-robux",
                "www.news.example.com", "javascript:alert(1)", "vietc0mbank.com.vn/login", "học.vn");
        assertThat(found.get(0).verdict().rating()).isEqualTo(Rating.UNSAFE);
        assertThat(found.get(1).verdict().rating()).isEqualTo(Rating.SAFE);
        assertThat(found.get(2).errorCode()).isEqualTo(InvalidUrlException.SCHEME_NOT_ALLOWED);
        assertThat(found.get(3).verdict().rating()).isEqualTo(Rating.CAUTION);
        assertThat(text.substring(found.get(4).start(), found.get(4).end())).isEqualTo("học.vn");
        assertThat(checker.checkText(text, CheckPolicy.defaults(AgeBand.PRIMARY), 2)).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"no links here, only words.", "3.14 is pi", "e-mail: a@b"})
    void findsNoLinkInPlainText(String text) {
        assertThat(checker.checkText(text, CheckPolicy.defaults(AgeBand.PRIMARY), 10)).isEmpty();
    }

    @Test
    void worksBeforeAnyFeedIsLoaded() {
        Verdict v = UrlCheckerTestData.emptyChecker().check("http://malware.example.com/", CheckPolicy.defaults(AgeBand.PRIMARY));

        assertThat(v.rating()).isEqualTo(Rating.SAFE);
        assertThat(v.freshness().loaded()).isFalse();
    }
}
