package org.childsafe.deploy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.childsafe.report.links.LinkVerdict;
import org.childsafe.report.links.LinkVerdicts;
import org.childsafe.urlcheck.UrlCheckText;
import org.childsafe.urlcheck.verdict.AgeBand;
import org.childsafe.urlcheck.verdict.CheckPolicy;
import org.childsafe.urlcheck.verdict.Reason;
import org.childsafe.urlcheck.verdict.UrlChecker;
import org.childsafe.urlcheck.verdict.Verdict;

/**
 * Connects the report form to the URL checker, the two plug-ins this WAR carries: each link a reporter types is
 * judged from the loaded feeds and look-alike rules only — never fetched — and shown with the checker's first
 * reason in the reporter's language. Lives here, where both modules meet, so neither plug-in depends on the other.
 *
 * <p>The report does not know the reporter's age, so the lower-secondary defaults apply; the link is not counted
 * in the checker's statistics (a report is not a "check") and is not logged.
 */
@ApplicationScoped
public class UrlCheckLinkVerdicts implements LinkVerdicts {

    @Inject
    UrlChecker checker;

    protected UrlCheckLinkVerdicts() {
    }

    /** For tests outside the container. */
    UrlCheckLinkVerdicts(UrlChecker checker) {
        this.checker = checker;
    }

    @Override
    public LinkVerdict verdict(String link, Locale locale) {
        try {
            Verdict verdict = checker.check(link, CheckPolicy.defaults(AgeBand.LOWER_SECONDARY));
            String explanation = verdict.reasons().stream().findFirst()
                    .map(reason -> explain(reason, locale)).orElse("");
            return new LinkVerdict(link, LinkVerdict.Level.valueOf(verdict.rating().name()), explanation);
        } catch (RuntimeException notCheckable) {
            return new LinkVerdict(link, LinkVerdict.Level.UNKNOWN, "");
        }
    }

    private static String explain(Reason reason, Locale locale) {
        return UrlCheckText.text(locale, reason.bundleKey(), reason.args().toArray());
    }
}
