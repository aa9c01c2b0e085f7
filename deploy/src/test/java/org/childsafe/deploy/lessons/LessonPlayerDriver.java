package org.childsafe.deploy.lessons;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.childsafe.deploy.Screenshots;
import org.childsafe.deploy.SuiteDeployment;
import org.childsafe.lessons.pack.Lesson;
import org.childsafe.lessons.pack.LessonPack;
import org.childsafe.lessons.pack.PackFiles;
import org.childsafe.lessons.pack.PackLoader;
import org.childsafe.lessons.pack.Question;
import org.childsafe.lessons.pack.QuestionType;
import org.childsafe.lessons.pack.Step;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the lesson player in a real browser inside the demo LMS's iframe, knowing the bundled pack's answer key
 * (read with the same loader the server uses). With {@code keyboardOnly} every action is a key press on the
 * focused element (Space on radios and check boxes, Enter on buttons) — never a mouse click; the focus gets there
 * by Tab (and the arrow keys inside a radio group), never by script.
 */
public final class LessonPlayerDriver {

    private final WebDriver browser;
    private final boolean keyboardOnly;
    private final WebDriverWait wait;
    private final java.util.Set<String> taken = new java.util.HashSet<>();
    private String pictures;

    LessonPlayerDriver(WebDriver browser, boolean keyboardOnly) {
        this.browser = browser;
        this.keyboardOnly = keyboardOnly;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /** The bundled pack, as the server loads it. */
    public static LessonPack bundledPack() throws Exception {
        try (PackFiles files = PackFiles.classpath(LessonPlayerDriver.class.getClassLoader(), "lesson-packs/core")
                .orElseThrow()) {
            return PackLoader.load(files, true);
        }
    }

    /** A bundled lesson with an ordering question if there is one (it exercises the move buttons). */
    static Lesson lessonWithOrdering(LessonPack pack) {
        return pack.lessons().stream()
                .filter(l -> l.quiz().stream().anyMatch(q -> q.type() == QuestionType.ORDERING))
                .findFirst().orElse(pack.lessons().get(0));
    }

    /** Opens the demo course as {@code as} on one lesson's activity and switches into the tool's iframe. */
    void launch(String as, String lessonId) {
        browser.switchTo().defaultContent();
        browser.get(SuiteDeployment.baseUrl() + "/demo/course.xhtml?as=" + as + "&widget=lessons&lesson=" + lessonId);
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("lti-frame")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("widget-title")));
    }

    /** Navigates the iframe (not the LMS page) to a path of the tool. */
    void openInFrame(String path) {
        openInFrame(path, By.id("widget-title"));
    }

    /** Navigates the iframe to a path of the tool and waits for {@code ready} on the new page. */
    void openInFrame(String path, By ready) {
        WebElement before = browser.findElement(By.tagName("html"));
        ((JavascriptExecutor) browser).executeScript("window.location.href = arguments[0];", path);
        wait.until(ExpectedConditions.stalenessOf(before));
        wait.until(ExpectedConditions.visibilityOfElementLocated(ready));
    }

    /**
     * From now on {@link #playToTheEnd} takes a guide picture ({@link Screenshots}) of the first choice feedback,
     * the first quiz feedback and the "who can help" step, named {@code prefix-…}.
     */
    void picturesOfEachKindOfStep(String prefix) {
        this.pictures = prefix;
    }

    private void picture(String suffix) {
        if (pictures != null && taken.add(suffix)) {
            Screenshots.take(browser, pictures + "-" + suffix, Screenshots.Device.PHONE);
        }
    }

    String kind() {
        try {
            return wait.until(ExpectedConditions.presenceOfElementLocated(By.id("step-title"))).getAttribute("data-kind");
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new IllegalStateException("No lesson step on the page; it says: "
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
    }

    String stepId() {
        return browser.findElement(By.id("step-title")).getAttribute("data-step");
    }

    /** Plays every step, answering the quiz with {@code answers} (question → option ids), and finishes. */
    void playToTheEnd(Lesson lesson, java.util.function.Function<Question, List<String>> answers) {
        for (int guard = 0; guard < 100; guard++) {
            String kind = kind();
            Step step = lesson.step(stepId()).orElseThrow();
            switch (kind) {
                case "CHOICE" -> {
                    toggle(By.id("choice-" + step.best()));
                    press(By.id("player:choose"));
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("choice-feedback")));
                    picture("choice");
                    press(By.id("player:next"));
                }
                case "QUIZ" -> {
                    quiz(lesson, answers);
                    press(By.id("player:next"));
                }
                case "HELP" -> {
                    picture("help");
                    press(By.id("player:finish"));
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("score-value")));
                    return;
                }
                default -> press(By.id("player:next"));
            }
        }
        throw new IllegalStateException("The lesson did not end.");
    }

    private void quiz(Lesson lesson, java.util.function.Function<Question, List<String>> answers) {
        while (true) {
            Optional<WebElement> fieldset = browser.findElements(By.cssSelector("fieldset[data-question]")).stream()
                    .findFirst();
            if (fieldset.isEmpty()) {
                return;
            }
            Question question = lesson.question(fieldset.get().getAttribute("data-question")).orElseThrow();
            List<String> given = answers.apply(question);
            if (question.type() == QuestionType.ORDERING) {
                order(given);
            } else {
                given.forEach(option -> toggle(By.id("answer-" + option)));
            }
            press(By.cssSelector("input[id$=':check']"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("quiz-feedback")));
            picture("quiz");
            press(By.id("player:nextQuestion"));
        }
    }

    /** Puts the ordering list in {@code target} order with the move-up buttons only. */
    private void order(List<String> target) {
        for (int position = 0; position < target.size(); position++) {
            while (true) {
                List<String> current = new ArrayList<>();
                browser.findElements(By.cssSelector("#order-list li")).forEach(li -> current.add(li.getAttribute("data-option")));
                int at = current.indexOf(target.get(position));
                if (at == position) {
                    break;
                }
                press(By.cssSelector("#order-list li[data-option='" + target.get(position) + "'] input[id$=':up']"));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("order-list")));
            }
        }
    }

    /** Selects a radio button or ticks a check box: Space on the focused input, or a click. */
    void toggle(By by) {
        WebElement input = browser.findElement(by);
        if (keyboardOnly) {
            focus(input);
            input.sendKeys(Keys.SPACE);
        } else {
            input.click();
        }
    }

    /** Activates a button: Enter on the focused button, or a click; then waits for the new page. */
    void press(By by) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(by));
        if (keyboardOnly) {
            focus(button);
            button.sendKeys(Keys.ENTER);
        } else {
            button.click();
        }
        wait.until(ExpectedConditions.stalenessOf(button));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("widget-title")));
    }

    /**
     * Moves the focus to the element with the keyboard only: Tab from wherever the focus is until it arrives, and
     * inside a group of radio buttons the arrow keys (one Tab stop per group, as browsers do). Fails when Tab
     * never reaches it, i.e. the control is not keyboard reachable.
     */
    private void focus(WebElement element) {
        boolean radio = "radio".equals(element.getAttribute("type"));
        for (int step = 0; step < 400; step++) {
            WebElement active = browser.switchTo().activeElement();
            if (active.equals(element)) {
                return;
            }
            if (radio && "radio".equals(active.getAttribute("type"))
                    && java.util.Objects.equals(active.getAttribute("name"), element.getAttribute("name"))) {
                active.sendKeys(Keys.ARROW_DOWN);
            } else {
                active.sendKeys(Keys.TAB);
            }
        }
        throw new IllegalStateException("Not reachable with the keyboard: " + element.getAttribute("id"));
    }

    /** The id of the element that has focus after the last page load. */
    String focusedId() {
        return (String) ((JavascriptExecutor) browser).executeScript("return document.activeElement && document.activeElement.id;");
    }
}
