package org.childsafe.deploy;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Plays a lesson of the lesson player to its end over plain HTTP, posting the player's Faces forms as a browser
 * without JavaScript would: the first option of each choice and question (the score does not matter to the
 * callers), "Next" through every step, "Finish" on the last one. The learner's session must already be launched
 * into the lessons widget. No lesson-specific knowledge: it reads what the page offers.
 */
final class LessonPlayerHttp {

    private static final Pattern KIND = Pattern.compile("id=\"step-title\"[^>]*data-kind=\"([A-Z]+)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"player\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CHECK = Pattern.compile("name=\"([^\"]*:check)\"");

    private LessonPlayerHttp() {
    }

    /** Opens {@code lessonId} and plays it to the end; answers the done page (it shows the score). */
    static String playToTheEnd(ToolClient learner, String lessonId) throws Exception {
        HttpResponse<String> page = learner.get("/w/lessons/lesson.xhtml?id=" + lessonId);
        for (int guard = 0; guard < 80; guard++) {
            String html = page.body();
            if (page.statusCode() != 200) {
                throw new IllegalStateException("The player answered " + page.statusCode() + ": " + html);
            }
            if (html.contains("id=\"score-value\"")) {
                return html;
            }
            page = learner.send(step(learner, html));
        }
        throw new IllegalStateException("The lesson did not end.");
    }

    /** The post that moves the lesson on from this page. */
    private static HttpRequest.Builder step(ToolClient learner, String html) {
        Matcher kind = KIND.matcher(html);
        if (!kind.find()) {
            throw new IllegalStateException("No lesson step on the page: " + html);
        }
        List<String[]> fields = new ArrayList<>();
        switch (kind.group(1)) {
            case "CHOICE" -> {
                if (html.contains("id=\"choice-feedback\"")) {
                    fields.add(new String[] {"player:next", "x"});
                } else {
                    fields.add(new String[] {"choice", firstValue(html, "choice")});
                    fields.add(new String[] {"player:choose", "x"});
                }
            }
            case "QUIZ" -> {
                Matcher check = CHECK.matcher(html);
                if (html.contains("name=\"player:nextQuestion\"")) {
                    fields.add(new String[] {"player:nextQuestion", "x"});
                } else if (check.find()) {
                    if (html.contains("name=\"answer\"")) {
                        fields.add(new String[] {"answer", firstValue(html, "answer")});
                    }
                    fields.add(new String[] {check.group(1), "x"});
                } else {
                    fields.add(new String[] {"player:next", "x"});
                }
            }
            case "HELP" -> fields.add(new String[] {"player:finish", "x"});
            default -> fields.add(new String[] {"player:next", "x"});
        }
        return post(learner, html, fields);
    }

    private static HttpRequest.Builder post(ToolClient learner, String html, List<String[]> fields) {
        List<String[]> all = new ArrayList<>();
        all.add(new String[] {"player", "player"});
        all.add(new String[] {"jakarta.faces.ViewState", group(VIEW_STATE, html).replace("&#58;", ":")});
        all.addAll(fields);
        String body = all.stream().map(f -> enc(f[0]) + "=" + enc(f[1])).collect(Collectors.joining("&"));
        return learner.request(group(FORM_ACTION, html).replace("&amp;", "&"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static String firstValue(String html, String inputName) {
        Matcher m = Pattern.compile("<input[^>]*name=\"" + inputName + "\"[^>]*value=\"([^\"]*)\"").matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("No input " + inputName + " on the page.");
        }
        return m.group(1);
    }

    private static String group(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException(pattern + " not on the page: " + html);
        }
        return m.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
