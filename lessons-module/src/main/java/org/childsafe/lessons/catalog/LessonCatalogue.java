package org.childsafe.lessons.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.childsafe.lessons.LessonsWidget;
import org.childsafe.lessons.pack.AgeBand;
import org.childsafe.lessons.pack.Lesson;
import org.childsafe.lessons.pack.LessonPack;
import org.childsafe.lessons.pack.SafetyS;
import org.childsafe.lti.launch.domain.ToolRole;
import org.childsafe.lti.session.application.LaunchIdentity;
import org.childsafe.lti.session.application.LtiSession;
import org.childsafe.lti.web.LocaleSelector;

/**
 * The widget's entry page {@code /w/lessons/index.xhtml}: a launch whose custom parameters name a lesson
 * ({@value LessonsWidget#LESSON_PARAMETER}) is sent straight to the player; otherwise the learner or teacher sees
 * the catalogue, filtered by S and age band with plain GET parameters ({@code ?s=safe&band=primary}).
 */
@Named
@RequestScoped
public class LessonCatalogue {

    @Inject
    LessonCatalog catalog;

    @Inject
    LtiSession ltiSession;

    @Inject
    LocaleSelector locales;

    private String s;
    private String band;
    private boolean all;

    /** {@code f:viewAction}: the player for a lesson launch, else null (stay on the catalogue). */
    public String route() {
        String lesson = ltiSession.custom().get(LessonsWidget.LESSON_PARAMETER);
        if (!all && lesson != null && catalog.lesson(lesson).isPresent()) {
            return "/w/lessons/lesson.xhtml?faces-redirect=true&id=" + lesson;
        }
        return null;
    }

    public List<Lesson> getLessons() {
        return catalog.filter(SafetyS.fromCode(s).orElse(null), AgeBand.fromCode(band).orElse(null));
    }

    public List<SafetyS> getSs() {
        return List.of(SafetyS.values());
    }

    public List<AgeBand> getBands() {
        return List.of(AgeBand.values());
    }

    public List<LessonPack> getPacks() {
        return catalog.packs().packs();
    }

    /** Origins of refused packs, for teachers; empty when all loaded. */
    public String getRefused() {
        return catalog.packs().refused().stream().map(PackSet.RefusedPack::origin).collect(Collectors.joining(", "));
    }

    public boolean isStaff() {
        LaunchIdentity identity = ltiSession.getIdentity();
        return identity != null && (identity.has(ToolRole.INSTRUCTOR) || identity.has(ToolRole.ADMINISTRATOR));
    }

    /** Competence names of a lesson in the page language, "4.2 Protecting personal data and privacy; …". */
    public String competences(Lesson lesson) {
        Locale locale = locales.getLocale();
        return catalog.packOf(lesson).map(pack -> lesson.competences().stream()
                .map(code -> code + " " + pack.competence(code).map(c -> c.name().in(locale)).orElse(""))
                .collect(Collectors.joining("; "))).orElse("");
    }

    public String title(Lesson lesson) {
        return lesson.texts(locales.getLocale()).title();
    }

    public String summary(Lesson lesson) {
        return lesson.texts(locales.getLocale()).summary();
    }

    public String getS() {
        return s;
    }

    public void setS(String s) {
        this.s = SafetyS.fromCode(s).map(SafetyS::code).orElse(null);
    }

    public String getBand() {
        return band;
    }

    public void setBand(String band) {
        this.band = AgeBand.fromCode(band).map(AgeBand::code).orElse(null);
    }

    public boolean isAll() {
        return all;
    }

    public void setAll(boolean all) {
        this.all = all;
    }
}
