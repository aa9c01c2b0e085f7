package org.childsafe.lessons.player;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import org.childsafe.lessons.catalog.LessonCatalog;
import org.childsafe.lessons.pack.Lesson;
import org.childsafe.lessons.pack.LessonTexts;
import org.childsafe.lessons.pack.MarkdownRenderer;
import org.childsafe.lessons.pack.Question;
import org.childsafe.lessons.pack.Step;
import org.childsafe.lessons.pack.StepKind;
import org.childsafe.lti.launch.domain.ToolRole;
import org.childsafe.lti.session.application.LaunchIdentity;
import org.childsafe.lti.session.application.LtiSession;
import org.childsafe.lti.web.LocaleSelector;

/**
 * The printable lesson ({@code print.xhtml}, the whole lesson on paper, with the answer key for teachers only)
 * and the one-page family handout ({@code handout.xhtml}), both in the page language; print CSS hides the chrome.
 */
@Named
@RequestScoped
public class LessonPrint {

    @Inject
    LessonCatalog catalog;

    @Inject
    LtiSession ltiSession;

    @Inject
    LocaleSelector locales;

    private String lessonId;
    private Lesson lesson;

    /** {@code f:viewAction}: 404 for an unknown lesson. */
    public void load() {
        lesson = catalog.lesson(lessonId).orElse(null);
        if (lesson == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public boolean isFound() {
        return lesson != null;
    }

    public Lesson getLesson() {
        return lesson;
    }

    public LessonTexts getTexts() {
        return lesson.texts(locales.getLocale());
    }

    public List<Step> getSteps() {
        return lesson.steps();
    }

    public LessonTexts.StepTexts texts(Step step) {
        return getTexts().steps().get(step.id());
    }

    public String html(Step step) {
        return MarkdownRenderer.render(texts(step).body());
    }

    /** The ideas pages, rendered, for the family handout. */
    public String getIdeasHtml() {
        return lesson.steps().stream().filter(step -> step.kind() == StepKind.IDEAS).map(this::html)
                .collect(Collectors.joining());
    }

    public List<String> getPledges() {
        return lesson.steps().stream().filter(step -> step.kind() == StepKind.REFLECTION)
                .flatMap(step -> texts(step).pledges().stream()).toList();
    }

    /** The reflection prompts: good questions to talk about at home. */
    public List<String> getTalkAbout() {
        return lesson.steps().stream().filter(step -> step.kind() == StepKind.REFLECTION || step.kind() == StepKind.CHOICE)
                .map(step -> texts(step).prompt()).toList();
    }

    public LessonTexts.QuestionTexts question(Question question) {
        return getTexts().quiz().get(question.id());
    }

    /** Option texts of a question in the shown order (true/false: the bundle's words are used by the page). */
    public List<String> options(Question question) {
        LessonTexts.QuestionTexts texts = question(question);
        return question.options().stream().map(id -> texts.options().getOrDefault(id, id)).toList();
    }

    /** The right answer as option texts, "a; c" style. */
    public String answer(Question question) {
        LessonTexts.QuestionTexts texts = question(question);
        return question.answer().stream().map(id -> texts.options().getOrDefault(id, id)).collect(Collectors.joining("; "));
    }

    /** Only teachers and administrators see the answer key. */
    public boolean isStaff() {
        LaunchIdentity identity = ltiSession.getIdentity();
        return identity != null && (identity.has(ToolRole.INSTRUCTOR) || identity.has(ToolRole.ADMINISTRATOR));
    }

    public String getLessonId() {
        return lessonId;
    }

    public void setLessonId(String lessonId) {
        this.lessonId = lessonId;
    }
}
