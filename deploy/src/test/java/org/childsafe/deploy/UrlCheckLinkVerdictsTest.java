package org.childsafe.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.childsafe.report.links.LinkVerdict;
import org.childsafe.report.links.LinkVerdict.Level;
import org.childsafe.urlcheck.feeds.FeedSnapshot;
import org.childsafe.urlcheck.lookalike.LookalikeDetector;
import org.childsafe.urlcheck.lookalike.ProtectedDomains;
import org.childsafe.urlcheck.lookalike.Shorteners;
import org.childsafe.urlcheck.verdict.UrlChecker;
import org.junit.jupiter.api.Test;

/** The report form's view of the URL checker: verdicts with a reason in the reporter's language, never a failure. */
class UrlCheckLinkVerdictsTest {

    private final UrlCheckLinkVerdicts verdicts = new UrlCheckLinkVerdicts(
            new UrlChecker(FeedSnapshot.empty(), new LookalikeDetector(ProtectedDomains.bundled()), Shorteners.bundled()));

    @Test
    void namesTheSiteALookAlikeImitatesInTheReportersLanguage() {
        LinkVerdict vi = verdicts.verdict("http://vietcornbank.com.vn/dang-nhap", Locale.forLanguageTag("vi"));
        LinkVerdict en = verdicts.verdict("http://vietcornbank.com.vn/dang-nhap", Locale.ENGLISH);

        assertThat(vi.level()).isIn(Level.CAUTION, Level.UNSAFE);
        assertThat(vi.explanation()).contains("vietcombank.com.vn");
        assertThat(en.explanation()).contains("vietcombank.com.vn").isNotEqualTo(vi.explanation());
    }

    @Test
    void linksThatCannotBeCheckedAreUnknownNotErrors() {
        assertThat(verdicts.verdict("javascript:alert(1)", Locale.ENGLISH).level()).isEqualTo(Level.UNKNOWN);
        assertThat(verdicts.verdict("", Locale.ENGLISH).level()).isEqualTo(Level.UNKNOWN);
        assertThat(verdicts.verdict("x".repeat(20_000), Locale.ENGLISH).level()).isEqualTo(Level.UNKNOWN);
    }

    @Test
    void anOrdinaryLinkIsNotFlagged() {
        LinkVerdict verdict = verdicts.verdict("https://moet.gov.vn/", Locale.ENGLISH);

        assertThat(verdict.level()).isEqualTo(Level.SAFE);
        assertThat(verdict.link()).isEqualTo("https://moet.gov.vn/");
    }
}
