package org.childsafe.lti.demo;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.childsafe.lti.config.ToolConfig;
import org.childsafe.lti.plugin.Widget;
import org.childsafe.lti.plugin.WidgetCatalog;

/**
 * The demo course page: which demo user is signed in to the demo LMS and which widget activity they opened.
 * It builds the third-party login initiation URL exactly as an LMS does (LTI Core 1.3 §5.1.1.1 / Security
 * Framework §5.1.1.1) and puts it in an iframe, so what follows is the real OIDC launch.
 */
@Named
@RequestScoped
public class DemoCourse {

    @Inject
    DemoPlatform demo;

    @Inject
    ToolConfig config;

    @Inject
    WidgetCatalog widgets;

    @Inject
    DemoGradebook gradebook;

    private String as = "student";
    private String widget = "lessons";
    private String lesson;
    private String storage = "off";
    private boolean cookies = true;

    public List<DemoUser> getUsers() {
        return List.of(DemoUser.values());
    }

    public List<Widget> getWidgets() {
        return widgets.all();
    }

    public DemoUser getUser() {
        return DemoUser.byLoginHint(as).orElse(DemoUser.STUDENT);
    }

    /** The login initiation URL for the chosen user and widget. */
    public String getLoginUrl() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", demo.issuer());
        params.put("login_hint", getUser().loginHint());
        params.put("target_link_uri", DemoLaunches.DEEP_LINKING_HINT.equals(getWidget())
                ? config.baseUrl() + "/dl/pick.xhtml"
                : activity().map(DemoGradebook.Activity::url).orElse(config.baseUrl() + "/launch/" + getWidget()));
        String hint = lesson == null ? getWidget() : getWidget() + ":" + lesson;
        params.put("lti_message_hint", cookies ? hint : hint + DemoLaunches.NO_COOKIE_HINT);
        params.put("client_id", DemoPlatform.CLIENT_ID);
        params.put("lti_deployment_id", DemoPlatform.DEPLOYMENT_ID);
        if ("on".equals(storage)) {
            params.put("lti_storage_target", "_parent");
        } else if ("foreign".equals(storage)) {
            params.put("lti_storage_target", "demo_storage");
        }
        // Absolute: the course page may be opened on another host name than the tool's (a foreign origin).
        return config.baseUrl() + "/lti/login?" + params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The tool's origin: the only sender whose storage messages the demo platform answers. */
    public String getToolOrigin() {
        return org.childsafe.lti.launch.application.PlatformStorage.origin(config.baseUrl());
    }

    /**
     * {@code storage=on}: the demo platform offers LTI client-side storage in the course page
     * ({@code lti_storage_target=_parent}); {@code storage=foreign}: in a sandboxed frame whose answers come from a
     * foreign (opaque) origin, which the tool must refuse; anything else: no storage.
     */
    public String getStorage() {
        return storage;
    }

    public void setStorage(String storage) {
        this.storage = "on".equals(storage) || "foreign".equals(storage) ? storage : "off";
    }

    /** {@code cookies=off}: the demo platform launches as a browser that refused the tool's binding cookie. */
    public String getCookies() {
        return cookies ? "on" : "off";
    }

    public void setCookies(String cookies) {
        this.cookies = !"off".equals(cookies);
    }

    public String getAs() {
        return as;
    }

    public void setAs(String as) {
        this.as = DemoUser.byLoginHint(as).map(DemoUser::loginHint).orElse("student");
    }

    public String getWidget() {
        if (DemoLaunches.DEEP_LINKING_HINT.equals(widget) || activity().isPresent()) {
            return widget;
        }
        return widgets.find(widget).map(Widget::id).orElse("lessons");
    }

    public void setWidget(String widget) {
        this.widget = widget;
    }

    /** The lesson id of a single-lesson activity (custom parameter {@code childsafe_lesson}), or null. */
    public String getLesson() {
        return lesson;
    }

    public void setLesson(String lesson) {
        this.lesson = lesson != null && lesson.matches("[a-z0-9-]{3,60}") ? lesson : null;
    }

    /** The deep-linked activity chosen with {@code widget=link:<id>}, if that is what was chosen. */
    private java.util.Optional<DemoGradebook.Activity> activity() {
        return widget != null && widget.startsWith(DemoLaunches.LINK_HINT_PREFIX)
                ? gradebook.activity(widget.substring(DemoLaunches.LINK_HINT_PREFIX.length()))
                : java.util.Optional.empty();
    }
}
