package org.childsafe.report.links;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Looks up verdicts for the reporter's links through {@link LinkVerdicts} when exactly one implementation is
 * installed; otherwise, or if the checker fails, the links get {@link LinkVerdict.Level#UNKNOWN} and the report
 * goes on (a checker problem must never stop a report).
 */
@ApplicationScoped
public class LinkChecks {

    private static final Logger LOG = Logger.getLogger(LinkChecks.class.getName());

    @Inject
    Instance<LinkVerdicts> checkers;

    protected LinkChecks() {
    }

    /** For tests outside the container. */
    public LinkChecks(Instance<LinkVerdicts> checkers) {
        this.checkers = checkers;
    }

    /** Whether a URL checker is installed. */
    public boolean available() {
        return checkers.isResolvable();
    }

    /** Verdicts for the links in {@code text}, in order. */
    public List<LinkVerdict> check(String text, Locale locale) {
        List<String> links = LinkExtractor.links(text);
        if (!available()) {
            return links.stream().map(l -> new LinkVerdict(l, LinkVerdict.Level.UNKNOWN, "")).toList();
        }
        LinkVerdicts checker = checkers.get();
        return links.stream().map(link -> {
            try {
                return checker.verdict(link, locale);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The URL checker failed ({0}); the link is shown without a verdict.",
                        e.getClass().getSimpleName());
                return new LinkVerdict(link, LinkVerdict.Level.UNKNOWN, "");
            }
        }).toList();
    }
}
