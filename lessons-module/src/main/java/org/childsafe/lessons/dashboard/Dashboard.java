package org.childsafe.lessons.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.childsafe.lessons.catalog.LessonCatalog;
import org.childsafe.lessons.pack.Lesson;
import org.childsafe.lessons.pack.LessonPack;
import org.childsafe.lti.session.application.LaunchIdentity;
import org.childsafe.lti.session.application.LtiSession;
import org.childsafe.lti.web.LocaleSelector;

/**
 * The teacher dashboard page {@code /w/lessons/dashboard.xhtml?lesson=…}: 403 and a vi/en message for anyone
 * but instructors and administrators ({@code lessons.forbidden}). Read-only, so the page is stateless; the CSV
 * export is a GET as well ({@link DashboardCsvServlet}).
 */
@Named
@RequestScoped
public class Dashboard {

    /** Stable error code of a refused dashboard. */
    public static final String FORBIDDEN = "lessons.forbidden";

    @Inject
    ClassProgressService progress;

    @Inject
    LessonCatalog catalog;

    @Inject
    LtiSession ltiSession;

    @Inject
    LocaleSelector locales;

    private String lessonId;
    private boolean forbidden;
    private ClassProgress view;

    /** {@code f:viewAction}. */
    public void load() {
        LaunchIdentity identity = ltiSession.getIdentity();
        if (!ClassProgressService.mayView(identity)) {
            forbidden = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
            return;
        }
        Locale locale = locales.getLocale();
        view = progress.of(identity, lessonId, locale, id -> label(locale, id));
    }

    static String label(Locale locale, long userId) {
        String pattern = ResourceBundle.getBundle("org.childsafe.lessons.i18n.messages", locale).getString("dashboard.learner");
        return new MessageFormat(pattern, locale).format(new Object[] {String.valueOf(userId)});
    }

    public ClassProgress getView() {
        return view;
    }

    public List<Lesson> getLessons() {
        return catalog.lessons();
    }

    public List<LessonPack> getPacks() {
        return catalog.packs().packs();
    }

    public String title(Lesson lesson) {
        return lesson.texts(locales.getLocale()).title();
    }

    /** Chart.js configuration: completed and started per lesson. */
    public String getCompletionChart() {
        ResourceBundle texts = ResourceBundle.getBundle("org.childsafe.lessons.i18n.messages", locales.getLocale());
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder started = Json.createArrayBuilder();
        JsonArrayBuilder completed = Json.createArrayBuilder();
        view.summaries().stream().filter(s -> s.started() > 0).forEach(s -> {
            labels.add(s.title());
            started.add(s.started());
            completed.add(s.completed());
        });
        return bar(labels, Json.createArrayBuilder()
                .add(dataset(texts.getString("dashboard.started"), started, "#9db8d9"))
                .add(dataset(texts.getString("dashboard.completed"), completed, "#1f5fa8")), null);
    }

    /** Chart.js configuration: % correct per question of the chosen lesson. */
    public String getDifficultyChart() {
        ResourceBundle texts = ResourceBundle.getBundle("org.childsafe.lessons.i18n.messages", locales.getLocale());
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        view.questions().forEach(q -> {
            labels.add("Q" + q.number());
            values.add(q.correctPercent() == null ? 0 : q.correctPercent());
        });
        return bar(labels, Json.createArrayBuilder().add(dataset(texts.getString("dashboard.correct"), values,
                "#1d6b2f")), 100);
    }

    private static jakarta.json.JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour);
    }

    private static String bar(JsonArrayBuilder labels, JsonArrayBuilder datasets, Integer max) {
        var y = Json.createObjectBuilder().add("beginAtZero", true);
        if (max != null) {
            y.add("max", max);
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true)
                        .add("scales", Json.createObjectBuilder().add("y", y)))
                .build().toString();
    }

    public boolean isForbidden() {
        return forbidden;
    }

    public String getLessonId() {
        return lessonId;
    }

    public void setLessonId(String lessonId) {
        this.lessonId = lessonId;
    }
}
