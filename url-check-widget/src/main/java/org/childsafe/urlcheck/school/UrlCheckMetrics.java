package org.childsafe.urlcheck.school;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.childsafe.lti.observe.EventLog;
import org.childsafe.lti.observe.MetricLabels;
import org.childsafe.urlcheck.verdict.FeedMatch;
import org.childsafe.urlcheck.verdict.Verdict;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The link checker's metrics: {@value #CHECKS} counts each checked link by {@code verdict} (safe, caution,
 * unsafe), and {@value #CATEGORIES} counts, per check, each distinct feed category that matched, by
 * {@code verdict} and {@code category} ({@code none} when no feed matched). No label names the school or the
 * link, and the log event of a check carries the verdict only: a link a child checked can say a lot about the
 * child, so it is never logged (ADR 0015).
 */
@ApplicationScoped
public class UrlCheckMetrics {

    /** Counter of checked links. */
    public static final String CHECKS = "childsafe_urlcheck_checks";
    /** Counter of matched feed categories. */
    public static final String CATEGORIES = "childsafe_urlcheck_categories";

    private static final Logger LOG = Logger.getLogger(UrlCheckMetrics.class.getName());
    private static final Metadata CHECKS_META = Metadata.builder().withName(CHECKS)
            .withDescription("Links checked, by verdict").withUnit(MetricUnits.NONE).build();
    private static final Metadata CATEGORIES_META = Metadata.builder().withName(CATEGORIES)
            .withDescription("Feed categories that matched a checked link (each distinct category once per check), "
                    + "by verdict and category").withUnit(MetricUnits.NONE).build();

    @Inject
    MetricRegistry registry;

    /** One verdict; without a registry (tests outside the container) only the log event is written. */
    void checked(Verdict verdict) {
        String rating = MetricLabels.code(verdict.rating().name());
        EventLog.log(LOG, Level.FINE, "urlcheck.checked", Map.of("verdict", rating));
        if (registry == null) {
            return;
        }
        registry.counter(CHECKS_META, new Tag("verdict", rating)).inc();
        var categories = verdict.matches().stream().map(FeedMatch::category).map(MetricLabels::code).distinct().toList();
        for (String category : categories.isEmpty() ? java.util.List.of(MetricLabels.NONE) : categories) {
            registry.counter(CATEGORIES_META, new Tag("verdict", rating), new Tag("category", category)).inc();
        }
    }
}
