package org.childsafe.lti.registration.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.childsafe.lti.config.ToolConfig;
import org.childsafe.lti.plugin.Widget;
import org.childsafe.lti.plugin.WidgetCatalog;

/**
 * The tool's own URLs that an LMS administrator copies into the platform, all under {@code tool.base-url}: the
 * Dynamic Registration URL (automatic registration), and for registering by hand OIDC login initiation, redirect (launch) URL, public key set, and one target
 * link per installed widget.
 */
@Named
@ApplicationScoped
public class ToolEndpoints {

    @Inject
    ToolConfig config;

    @Inject
    WidgetCatalog widgets;

    public String getBaseUrl() {
        return config.baseUrl().toString();
    }

    public String getLoginUrl() {
        return config.url("/lti/login").toString();
    }

    public String getLaunchUrl() {
        return config.url("/lti/launch").toString();
    }

    /** The LTI Dynamic Registration URL ("Tool URL" in Moodle's Manage tools), {@code {base}/lti/register}. */
    public String getRegistrationUrl() {
        return config.url("/lti/register").toString();
    }

    public String getJwksUrl() {
        return config.url("/api/lti/jwks").toString();
    }

    /** The target link pattern, {@code {base}/launch/{widget}}. */
    public String getTargetLinkPattern() {
        return getBaseUrl() + "/launch/{widget}";
    }

    /** One target link per installed widget, in catalog order. */
    public List<TargetLink> getTargetLinks() {
        return widgets.all().stream().map(w -> new TargetLink(w, config.url("/launch/" + w.id()).toString())).toList();
    }

    /** A widget and the target link URI that launches it. */
    public record TargetLink(Widget widget, String url) {
    }
}
