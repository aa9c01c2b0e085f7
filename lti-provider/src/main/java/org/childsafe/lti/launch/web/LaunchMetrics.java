package org.childsafe.lti.launch.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.childsafe.lti.launch.domain.LtiMessageType;
import org.childsafe.lti.observe.EventLog;
import org.childsafe.lti.observe.MetricLabels;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts launches and writes their log events. Two counters, because their labels differ:
 * {@value #ACCEPTED} by {@code message_type} (the LTI claim value) and {@value #REFUSED} by {@code code} (the
 * stable {@code lti.*} code of {@link org.childsafe.lti.launch.domain.LtiErrors}, login refusals included). No
 * label and no log field names the platform, the school or the user.
 */
@ApplicationScoped
public class LaunchMetrics {

    /** Counter of accepted launches. */
    public static final String ACCEPTED = "childsafe_lti_launches_accepted";
    /** Counter of refused logins and launches. */
    public static final String REFUSED = "childsafe_lti_launches_refused";

    private static final Logger LOG = Logger.getLogger(LaunchMetrics.class.getName());
    private static final Metadata ACCEPTED_META = Metadata.builder().withName(ACCEPTED)
            .withDescription("LTI launches accepted, by LTI message type").withUnit(MetricUnits.NONE).build();
    private static final Metadata REFUSED_META = Metadata.builder().withName(REFUSED)
            .withDescription("LTI logins and launches refused, by stable error code").withUnit(MetricUnits.NONE).build();

    @Inject
    MetricRegistry registry;

    void accepted(LtiMessageType type, String widget) {
        registry.counter(ACCEPTED_META, new Tag("message_type", type.claimValue())).inc();
        EventLog.info(LOG, "lti.launch.accepted", Map.of("messageType", type.claimValue(),
                "widget", MetricLabels.code(widget)));
    }

    /**
     * @param detail the exception's detail: written by the tool's checks (a claim's name, the platform's JWKS
     *               address), never a token or a claim's value
     */
    void refused(String code, String detail) {
        String label = MetricLabels.code(code);
        registry.counter(REFUSED_META, new Tag("code", label)).inc();
        EventLog.log(LOG, Level.WARNING, "lti.launch.refused", Map.of("code", label, "detail", String.valueOf(detail)));
    }
}
