package org.childsafe.deploy;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Posts Faces forms over plain HTTP as a browser without script does: the form's own action URL, its view state
 * (which is also the page's CSRF token) and the pressed button's name. Used by the tests and the load script that
 * drive the report and lesson pages through {@link ToolClient} rather than a real browser.
 */
public final class FacesPages {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern ACTION = Pattern.compile("<form id=\"([^\"]+)\"[^>]*action=\"([^\"]+)\"");

    private FacesPages() {
    }

    /** A page that did not answer as a browser would expect: its status, or a page without the expected part. */
    public static final class UnexpectedPageException extends IOException {

        private static final long serialVersionUID = 1L;
        private final int status;
        private final String body;

        public UnexpectedPageException(int status, String message) {
            this(status, message, "");
        }

        public UnexpectedPageException(int status, String message, String body) {
            super(message);
            this.status = status;
            this.body = body == null ? "" : body.substring(0, Math.min(body.length(), 4000));
        }

        /** The start of the page's body, for reports of what the user saw. */
        public String body() {
            return body;
        }

        /** The HTTP status of the page (200 when the page lacked an expected part). */
        public int status() {
            return status;
        }
    }

    /** Posts {@code fields} (the pressed button among them) with form {@code form} of {@code page}; expects 200. */
    public static String post(ToolClient browser, String page, String form, Map<String, String> fields)
            throws IOException, InterruptedException {
        return post(browser, page, form, List.copyOf(fields.entrySet()));
    }

    /** As {@link #post(ToolClient, String, String, Map)}, with repeatable fields (e.g. several ticked check boxes). */
    public static String post(ToolClient browser, String page, String form, List<Map.Entry<String, String>> fields)
            throws IOException, InterruptedException {
        List<Map.Entry<String, String>> all = new ArrayList<>();
        all.add(Map.entry(form, form));
        all.add(Map.entry("jakarta.faces.ViewState", viewState(page)));
        all.addAll(fields);
        String body = all.stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return ok(browser.send(browser.request(action(page, form)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    /** The body of a 200 answer; any other status is an {@link UnexpectedPageException}. */
    public static String ok(HttpResponse<String> response) throws UnexpectedPageException {
        if (response.statusCode() != 200) {
            throw new UnexpectedPageException(response.statusCode(), response.request().method() + " "
                    + response.uri().getPath() + " answered " + response.statusCode(), response.body());
        }
        return response.body();
    }

    /** The view state of the page's (first) form. */
    public static String viewState(String page) throws UnexpectedPageException {
        return group(VIEW_STATE, page);
    }

    /** The action URL of form {@code form} on the page. */
    public static String action(String page, String form) throws UnexpectedPageException {
        Matcher m = ACTION.matcher(page);
        while (m.find()) {
            if (m.group(1).equals(form)) {
                return m.group(2).replace("&amp;", "&");
            }
        }
        throw new UnexpectedPageException(200, "no form " + form + " on the page");
    }

    /** The first group of the first match of {@code pattern} in {@code text}. */
    public static String group(Pattern pattern, String text) throws UnexpectedPageException {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new UnexpectedPageException(200, pattern + " not in the page");
        }
        return m.group(1);
    }
}
