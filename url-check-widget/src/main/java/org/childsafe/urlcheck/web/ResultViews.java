package org.childsafe.urlcheck.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.childsafe.urlcheck.UrlCheckText;
import org.childsafe.urlcheck.VerdictTexts;
import org.childsafe.urlcheck.verdict.FeedMatch;
import org.childsafe.urlcheck.verdict.Freshness;
import org.childsafe.urlcheck.verdict.Reason;
import org.childsafe.urlcheck.verdict.Verdict;

/** Turns verdicts into {@link ResultView}s in one language. */
final class ResultViews {

    private ResultViews() {
    }

    static ResultView of(Verdict v, Locale locale, UnaryOperator<String> reportUrl) {
        List<String> reasons = v.reasons().stream().map(r -> VerdictTexts.reason(locale, r)).toList();
        String lookalike = v.reasons().stream()
                .filter(r -> Reason.LOOKALIKE.equals(r.code()) || Reason.PROTECTED_IN_SUBDOMAIN.equals(r.code()))
                .filter(r -> !r.args().isEmpty()).map(r -> r.args().get(0)).findFirst().orElse(null);
        List<ResultView.MatchView> matches = new ArrayList<>();
        for (FeedMatch m : v.matches()) {
            matches.add(new ResultView.MatchView(VerdictTexts.category(locale, m.category()), m.source(), m.expression(),
                    m.licence(), m.fetchedAt() == null ? "" : day(m.fetchedAt())));
        }
        return new ResultView(v.input(), v.rating().name(), VerdictTexts.title(locale, v.rating()),
                VerdictTexts.advice(locale, v.rating()), reasons, lookalike, matches, v.displayHost(), v.canonicalUrl(),
                freshness(v.freshness(), locale), reportUrl.apply(v.canonicalUrl()), null);
    }

    static ResultView error(String input, String code, Locale locale) {
        return new ResultView(input, null, UrlCheckText.text(locale, "page.result.error"), null, List.of(), null,
                List.of(), null, null, null, null, UrlCheckText.text(locale, code));
    }

    static String freshness(Freshness f, Locale locale) {
        if (!f.loaded()) {
            return UrlCheckText.text(locale, "page.freshness.loading");
        }
        return UrlCheckText.text(locale, "page.freshness", day(f.oldestSource()), day(f.builtAt()));
    }

    private static String day(java.time.Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
    }
}
