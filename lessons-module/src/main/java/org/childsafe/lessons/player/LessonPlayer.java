package org.childsafe.lessons.player;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.childsafe.lessons.LessonsWidget;
import org.childsafe.lessons.attempt.AttemptProgress;
import org.childsafe.lessons.attempt.AttemptService;
import org.childsafe.lessons.attempt.GradeReport;
import org.childsafe.lessons.attempt.LessonAttempt;
import org.childsafe.lessons.attempt.QuestionResult;
import org.childsafe.lessons.attempt.QuizResult;
import org.childsafe.lessons.attempt.QuizScoring;
import org.childsafe.lessons.catalog.LessonCatalog;
import org.childsafe.lessons.pack.Lesson;
import org.childsafe.lessons.pack.LessonTexts;
import org.childsafe.lessons.pack.MarkdownRenderer;
import org.childsafe.lessons.pack.Question;
import org.childsafe.lessons.pack.QuestionType;
import org.childsafe.lessons.pack.Step;
import org.childsafe.lessons.pack.StepKind;
import org.childsafe.lti.session.application.LaunchIdentity;
import org.childsafe.lti.session.application.LtiSession;
import org.childsafe.lti.web.LocaleSelector;

/**
 * The lesson player page ({@code /w/lessons/lesson.xhtml?id=…}). It keeps the learner's place in an
 * {@link AttemptProgress} — stored after every step for learners ({@link AttemptService#stores}), in the HTTP
 * session otherwise — and never trusts the browser with more than option ids: a submitted id the question does
 * not have is dropped and scores nothing, and the score is computed by {@link AttemptService} from the stored
 * answers.
 *
 * <h2>Accessibility</h2>
 * Each step is one heading and one form; choices and questions are a {@code fieldset} whose {@code legend} is the
 * prompt; feedback is a {@code role="status"} region. After each post the element named by {@link #getFocus()}
 * (step heading, feedback, or the moved ordering item) receives focus, so screen-reader users hear what changed.
 */
@Named
@ViewScoped
public class LessonPlayer implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(LessonPlayer.class.getName());

    /** Request parameter names of the raw inputs. */
    static final String ANSWER = "answer";
    static final String CHOICE = "choice";
    static final String PLEDGE = "pledge";

    @Inject
    LessonCatalog catalog;

    @Inject
    AttemptService attempts;

    @Inject
    LtiSession ltiSession;

    @Inject
    LocaleSelector locales;

    private String lessonId;
    private boolean notFound;
    private Long attemptId;
    private AttemptProgress progress;
    private boolean resumed;
    private boolean done;
    private String focus = "step-title";
    private String problem;
    /** Ordering question: the learner's current order. */
    private List<String> order;
    private String orderMoved;
    private String reflection;
    private Double score;
    private Double countedScore;
    private GradeReport grade;

    // ------------------------------------------------------------------------------------------ loading

    /** {@code f:viewAction}: opens the lesson named by {@code ?id=} or by the launch's custom parameter. */
    public void load() {
        if (lessonId == null || lessonId.isBlank()) {
            lessonId = ltiSession.custom().get(LessonsWidget.LESSON_PARAMETER);
        }
        Optional<Lesson> lesson = catalog.lesson(lessonId);
        if (lesson.isEmpty()) {
            notFound = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            return;
        }
        LaunchIdentity identity = ltiSession.getIdentity();
        if (AttemptService.stores(identity)) {
            Optional<LessonAttempt> open = attempts.inProgress(identity, lessonId);
            Optional<LessonAttempt> last = open.isPresent() ? Optional.empty() : attempts.lastCompleted(identity, lessonId);
            if (last.isPresent()) {
                showDone(last.get().score(), attempts.counted(identity, lessonId).orElse(null),
                        attempts.learnersReport(identity).orElse(null));
                return;
            }
            LessonAttempt attempt = open.orElseGet(() -> attempts.startOrResume(identity, lesson.get(),
                    catalog.packOf(lesson.get()).orElseThrow()));
            attemptId = attempt.id();
            progress = attempt.progress();
        } else {
            progress = PreviewProgress.of(session(), lessonId);
        }
        progress.moveTo(Math.min(progress.step(), lesson.get().steps().size() - 1));
        resumed = progress.step() > 0 || !progress.answers().isEmpty();
        prepareStep();
    }

    // ------------------------------------------------------------------------------------------ navigation

    public void next() {
        Step step = getStep();
        if (step.kind() == StepKind.CHOICE && !progress.choices().containsKey(step.id())) {
            fail("player.choice.required", "choice-error");
            return;
        }
        if (step.kind() == StepKind.QUIZ && getCurrentQuestion() != null) {
            fail("player.quiz.required", "quiz-error");
            return;
        }
        if (step.kind() == StepKind.REFLECTION) {
            progress.pledge(pledgesSubmitted());
        }
        progress.moveTo(Math.min(progress.step() + 1, lesson().steps().size() - 1));
        afterMove();
    }

    public void back() {
        progress.moveTo(progress.step() - 1);
        afterMove();
    }

    /** Choice step: records the option picked and shows its consequence. */
    public void choose() {
        String picked = parameter(CHOICE);
        if (picked == null || !getStep().options().contains(picked)) {
            fail("player.choice.required", "choice-error");
            return;
        }
        progress.choose(getStep().id(), picked);
        save();
        focus = "choice-feedback";
    }

    /** Quiz: checks the current question's answer (once) and shows feedback per chosen option. */
    public void check() {
        Question question = getCurrentQuestion();
        if (question == null) {
            return;
        }
        List<String> given = question.type() == QuestionType.ORDERING ? List.copyOf(order) : answersSubmitted();
        if (given.isEmpty()) {
            fail("player.quiz.required", "quiz-error");
            return;
        }
        QuestionResult result = QuizScoring.score(question, given);
        if (result.tampered()) {
            LOG.warning(() -> "Lesson " + lessonId + " question " + question.id() + ": submitted ids it does not have");
        }
        progress.answer(question.id(), result.answer());
        save();
        lastChecked = question.id();
        focus = "quiz-feedback";
    }

    private String lastChecked;

    /** Quiz: goes on to the next unanswered question after feedback. */
    public void nextQuestion() {
        lastChecked = null;
        prepareStep();
        focus = getCurrentQuestion() == null ? "quiz-complete" : "question-legend";
    }

    public void moveUp(int index) {
        move(index, index - 1, "up");
    }

    public void moveDown(int index) {
        move(index, index + 1, "down");
    }

    /** Help step: completes the lesson and shows the score. */
    public void finish() {
        LaunchIdentity identity = ltiSession.getIdentity();
        Locale locale = locales.getLocale();
        if (attemptId != null) {
            save();
            AttemptService.Completion completion = attempts.complete(identity, attemptId, lesson(), locale);
            showDone(completion.score(), completion.counted(), completion.grade().orElse(null));
        } else {
            QuizResult result = QuizScoring.score(lesson(), progress.answers());
            showDone(result.score(), null, null);
        }
    }

    /** Done screen: start a new attempt from the first step. */
    public String retake() {
        if (AttemptService.stores(ltiSession.getIdentity())) {
            attempts.startOrResume(ltiSession.getIdentity(), lesson(), catalog.packOf(lesson()).orElseThrow());
        } else {
            PreviewProgress.reset(session(), lessonId);
        }
        return "/w/lessons/lesson.xhtml?faces-redirect=true&id=" + lessonId;
    }

    // ------------------------------------------------------------------------------------------ page model

    public Lesson lesson() {
        return catalog.lesson(lessonId).orElseThrow();
    }

    public LessonTexts getTexts() {
        return lesson().texts(locales.getLocale());
    }

    public Step getStep() {
        return lesson().steps().get(progress.step());
    }

    public LessonTexts.StepTexts getStepTexts() {
        return getTexts().steps().get(getStep().id());
    }

    public int getStepNumber() {
        return progress.step() + 1;
    }

    public int getStepCount() {
        return lesson().steps().size();
    }

    public boolean isFirstStep() {
        return progress.step() == 0;
    }

    public boolean isLastStep() {
        return progress.step() == lesson().steps().size() - 1;
    }

    public String getBodyHtml() {
        return MarkdownRenderer.render(getStepTexts().body());
    }

    public String getChosen() {
        return progress.choices().get(getStep().id());
    }

    public boolean isChosenBest() {
        return getStep().best() != null && getStep().best().equals(getChosen());
    }

    public LessonTexts.ChoiceOption option(String optionId) {
        return getStepTexts().options().get(optionId);
    }

    /** The first unanswered question, or null once all are answered (and no feedback is pending). */
    public Question getCurrentQuestion() {
        if (lastChecked != null) {
            return null;
        }
        return lesson().quiz().stream().filter(q -> !progress.answered(q.id())).findFirst().orElse(null);
    }

    /** The current question as a list of zero or one, for {@code ui:repeat}. */
    public List<Question> getCurrentQuestions() {
        Question question = getCurrentQuestion();
        return question == null ? List.of() : List.of(question);
    }

    /** "Move up: {option}" and the like, for the ordering buttons' accessible names. */
    public String orderLabel(String key, String option) {
        String pattern = java.util.ResourceBundle.getBundle("org.childsafe.lessons.i18n.messages", locales.getLocale())
                .getString(key);
        return new java.text.MessageFormat(pattern, locales.getLocale()).format(new Object[] {option});
    }

    /** The question whose feedback is being shown, or null. */
    public Question getCheckedQuestion() {
        return lastChecked == null ? null : lesson().question(lastChecked).orElse(null);
    }

    public QuestionResult getCheckedResult() {
        Question question = getCheckedQuestion();
        return question == null ? null : QuizScoring.score(question, progress.answers().get(question.id()));
    }

    /** Feedback lines for the checked question: each given option (ordering: every option, in the right order). */
    public List<String> getCheckedFeedback() {
        Question question = getCheckedQuestion();
        if (question == null) {
            return List.of();
        }
        Map<String, String> feedback = getTexts().quiz().get(question.id()).feedback();
        List<String> ids = question.type() == QuestionType.ORDERING ? question.answer()
                : progress.answers().get(question.id());
        return ids.stream().map(feedback::get).filter(text -> text != null).toList();
    }

    public int questionNumber(Question question) {
        return lesson().quiz().indexOf(question) + 1;
    }

    public int getQuestionCount() {
        return lesson().quiz().size();
    }

    public LessonTexts.QuestionTexts questionTexts(Question question) {
        return getTexts().quiz().get(question.id());
    }

    /** Option text; true/false options come from the bundle. */
    public String optionText(Question question, String optionId) {
        if (question.type() == QuestionType.TRUEFALSE) {
            return null;
        }
        return questionTexts(question).options().get(optionId);
    }

    public boolean isAllAnswered() {
        return lesson().quiz().stream().allMatch(q -> progress.answered(q.id()));
    }

    public List<String> getOrder() {
        return order;
    }

    public String getOrderMoved() {
        return orderMoved;
    }

    public Set<Integer> getPledged() {
        return progress.pledges();
    }

    public String getReflection() {
        return reflection;
    }

    public void setReflection(String reflection) {
        this.reflection = reflection;
    }

    public boolean isStored() {
        return attemptId != null || (done && AttemptService.stores(ltiSession.getIdentity()));
    }

    public String getLessonId() {
        return lessonId;
    }

    public void setLessonId(String lessonId) {
        this.lessonId = lessonId;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public boolean isResumed() {
        return resumed;
    }

    public boolean isDone() {
        return done;
    }

    public String getFocus() {
        return focus;
    }

    public String getProblem() {
        return problem;
    }

    public Double getScore() {
        return score;
    }

    public Double getCountedScore() {
        return countedScore;
    }

    /** Key of the grade sync sentence: sent, pending, failed, or none (kept in ChildSafe only). */
    public String getGradeKey() {
        if (grade == null) {
            return "player.grade.none";
        }
        if (grade.sent()) {
            return "player.grade.sent";
        }
        return grade.failed() ? "player.grade.failed" : "player.grade.pending";
    }

    // ------------------------------------------------------------------------------------------ helpers

    private void showDone(Double score, Double counted, GradeReport grade) {
        this.done = true;
        this.score = score;
        this.countedScore = counted;
        this.grade = grade;
        this.focus = "done-title";
    }

    private void afterMove() {
        problem = null;
        lastChecked = null;
        save();
        prepareStep();
        focus = "step-title";
    }

    private void prepareStep() {
        Question question = getStep().kind() == StepKind.QUIZ ? getCurrentQuestion() : null;
        order = question != null && question.type() == QuestionType.ORDERING ? new ArrayList<>(question.options()) : null;
        orderMoved = null;
    }

    private void move(int from, int to, String direction) {
        if (order == null || from < 0 || from >= order.size() || to < 0 || to >= order.size()) {
            return;
        }
        String item = order.remove(from);
        order.add(to, item);
        orderMoved = item;
        focus = "order-" + direction + "-" + to;
        if ((direction.equals("up") && to == 0) || (direction.equals("down") && to == order.size() - 1)) {
            focus = "order-" + (direction.equals("up") ? "down" : "up") + "-" + to;
        }
    }

    private void save() {
        if (attemptId != null) {
            attempts.save(ltiSession.getIdentity(), attemptId, progress);
        }
    }

    private void fail(String key, String where) {
        problem = key;
        focus = where;
    }

    private List<String> answersSubmitted() {
        String[] values = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap()
                .get(ANSWER);
        return values == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(Arrays.asList(values)));
    }

    private Set<Integer> pledgesSubmitted() {
        String[] values = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap()
                .get(PLEDGE);
        Set<Integer> indexes = new HashSet<>();
        int count = getStepTexts().pledges().size();
        for (String value : values == null ? new String[0] : values) {
            try {
                int index = Integer.parseInt(value);
                if (index >= 0 && index < count) {
                    indexes.add(index);
                }
            } catch (NumberFormatException ignored) {
                // not a pledge index: ignored like any unknown id
            }
        }
        return indexes;
    }

    private static String parameter(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    private static HttpSession session() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return (HttpSession) context.getSession(true);
    }
}
