package org.childsafe.lti.deeplinking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.childsafe.lti.config.ToolConfig;
import org.childsafe.lti.keys.application.ToolKeyService;
import org.childsafe.lti.plugin.DeepLinkItem;
import org.childsafe.lti.plugin.WidgetCatalog;

/**
 * Answers a pending deep-linking request: the items the teacher chose, or none for a cancel, signed with the tool's
 * CURRENT key. The pending request is consumed first, so one request yields at most one response.
 */
@ApplicationScoped
public class DeepLinkingService {

    private static final Logger LOG = Logger.getLogger(DeepLinkingService.class.getName());

    @Inject
    ToolKeyService keys;

    @Inject
    WidgetCatalog widgets;

    @Inject
    ToolConfig config;

    @Inject
    Clock clock;

    protected DeepLinkingService() {
    }

    /** For tests. */
    public DeepLinkingService(ToolKeyService keys, WidgetCatalog widgets, ToolConfig config, Clock clock) {
        this.keys = keys;
        this.widgets = widgets;
        this.config = config;
        this.clock = clock;
    }

    /** The items the picker offers, in the given language. */
    public List<DeepLinkItem> offer(Locale locale) {
        return widgets.deepLinkItems(locale);
    }

    /**
     * @param pending   the session's pending request
     * @param chosenIds ids of the chosen items (unknown ids are ignored); empty to cancel
     * @param locale    language of the item titles
     * @throws DeepLinkingAlreadyAnsweredException when the request was already answered
     * @throws IllegalArgumentException            when the choice breaks the platform's settings
     */
    public DeepLinkingAnswer answer(PendingDeepLinking pending, Set<String> chosenIds, Locale locale) {
        DeepLinkingSettings settings = pending.take().orElseThrow(DeepLinkingAlreadyAnsweredException::new);
        List<DeepLinkItem> chosen = offer(locale).stream().filter(item -> chosenIds.contains(item.id())).toList();
        String jwt = new DeepLinkingResponseBuilder(keys.signingKey(), clock, config.baseUrl())
                .build(settings, chosen, null);
        LOG.info(() -> "Deep-linking response for registration " + settings.registrationId() + ": "
                + chosen.size() + " item(s)");
        return new DeepLinkingAnswer(settings.returnUrl(), jwt, chosen.stream().map(DeepLinkItem::title).toList());
    }
}
