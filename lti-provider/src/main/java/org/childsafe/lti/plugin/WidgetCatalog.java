package org.childsafe.lti.plugin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every installed {@link Widget}, discovered through CDI, and the rule that picks the one a launch asks for.
 * Ids are validated once at start-up: a malformed or duplicate id is a programming error and stops deployment.
 */
@Named
@ApplicationScoped
public class WidgetCatalog {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,30}");

    @Inject
    Instance<Widget> discovered;

    private Map<String, Widget> byId;

    protected WidgetCatalog() {
    }

    /** For tests: a catalog of the given widgets. */
    public WidgetCatalog(List<Widget> widgets) {
        index(widgets);
    }

    @PostConstruct
    void init() {
        index(discovered.stream().toList());
    }

    public List<Widget> all() {
        return byId.values().stream().sorted(Comparator.comparingInt(Widget::order).thenComparing(Widget::id)).toList();
    }

    public Optional<Widget> find(String id) {
        return Optional.ofNullable(id).map(byId::get);
    }

    /**
     * The widget a launch targets: the custom parameter {@value Widget#CUSTOM_PARAMETER} if present, else the last
     * path segment of the target link URI. Empty when neither names an installed widget.
     */
    public Optional<Widget> route(URI targetLinkUri, Map<String, String> custom) {
        String requested = custom == null ? null : custom.get(Widget.CUSTOM_PARAMETER);
        if (requested != null && !requested.isBlank()) {
            return find(requested.strip());
        }
        if (targetLinkUri == null || targetLinkUri.getPath() == null) {
            return Optional.empty();
        }
        String path = targetLinkUri.getPath().replaceAll("/+$", "");
        return find(path.substring(path.lastIndexOf('/') + 1));
    }

    /**
     * The deep-linking items of every widget, in widget order, in the given language. A duplicate item id is a
     * programming error of a widget and fails, since the picker identifies choices by id.
     */
    public List<DeepLinkItem> deepLinkItems(Locale locale) {
        List<DeepLinkItem> items = all().stream().flatMap(w -> w.deepLinkItems(locale).stream()).toList();
        var seen = new HashSet<String>();
        for (DeepLinkItem item : items) {
            if (!seen.add(item.id())) {
                throw new IllegalStateException("Duplicate deep-linking item id " + item.id());
            }
        }
        return items;
    }

    private void index(List<Widget> widgets) {
        for (Widget widget : widgets) {
            if (!ID.matcher(widget.id()).matches() || !widget.entryPage().startsWith("/w/" + widget.id() + "/")) {
                throw new IllegalStateException("Widget " + widget.getClass().getName()
                        + " must have an id matching " + ID + " and an entry page under /w/<id>/.");
            }
        }
        byId = widgets.stream().collect(Collectors.toUnmodifiableMap(Widget::id, Function.identity()));
    }
}
