package org.childsafe.deploy;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report widget's pages over plain HTTP, as a browser without JavaScript posts them: an anonymous report
 * through a school's public page (answers its case code), and a counselor's escalation of a case found in the
 * triage queue by its code. The forms are the real Faces forms (server-side view state).
 */
final class ReportHttp {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern REPORT_ACTION = Pattern.compile("<form id=\"report\"[^>]*action=\"([^\"]+)\"");

    private ReportHttp() {
    }

    /** Files a report on {@code /p/report/<publicId>} with {@code anonymous}'s fresh session; its case code. */
    static String submitPublicReport(ToolClient anonymous, String publicId, String whatHappened) throws Exception {
        String page = ok(anonymous.get("/p/report/" + publicId)).body();
        page = post(anonymous, page, Map.of("report:dangerNo", "x"));
        page = post(anonymous, page, Map.of("report:categories", "MALICIOUS_GROUP", "report:next2", "x"));
        page = post(anonymous, page, Map.of("report:whatHappened", whatHappened, "report:links", "https://t.me/cluster_group",
                "report:next3", "x"));
        page = post(anonymous, page, Map.of("report:affected", "ME", "report:next4", "x"));
        String receipt = sendReview(anonymous, page);
        Matcher code = Pattern.compile("<code id=\"caseCode\">([^<]+)</code>").matcher(receipt);
        if (!code.find()) {
            throw new IllegalStateException("No receipt: " + receipt);
        }
        return code.group(1);
    }

    /**
     * Finds the case with {@code code} in the counselor's triage queue, opens it and escalates it to the national
     * network with the escalation form; answers the case page after the escalation.
     */
    static String escalate(ToolClient counselor, String code) throws Exception {
        String queue = ok(counselor.get("/w/report/triage/queue.xhtml")).body();
        Matcher row = Pattern.compile("case\\.xhtml\\?id=(\\d+)[^>]*>" + Pattern.quote(code)).matcher(queue);
        if (!row.find()) {
            throw new IllegalStateException("Case " + code + " is not in the queue: " + queue);
        }
        String casePage = "/w/report/triage/case.xhtml?id=" + row.group(1);
        String opened = ok(counselor.get(casePage)).body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("escalate", "escalate");
        form.put("escalate:summary", "A group shares edited photos of a student and threatens to post more.");
        form.put("escalate:links", "https://t.me/cluster_group");
        form.put("escalate:accounts", "@cluster_admin");
        form.put("escalate:platforms", "Telegram");
        form.put("escalate:from", "");
        form.put("escalate:to", "");
        form.put("escalate:approximate", "true");
        form.put("escalate:province", "Hà Nội");
        form.put("escalate:ageBand", "LOWER_SECONDARY");
        form.put("escalate:contactName", "Nguyễn Thị Lan");
        form.put("escalate:contactEmail", "lan@school.example");
        form.put("escalate:contactPhone", "");
        form.put("escalate:legalBasis", "");
        form.put("escalate:childName", "");
        form.put("escalate:childClass", "");
        form.put("escalate:send", "send");
        form.put("jakarta.faces.ViewState", viewState(opened));
        String escalated = ok(counselor.postForm(casePage, form)).body();
        if (!escalated.contains("data-status=\"ESCALATED\"")) {
            throw new IllegalStateException("Case " + code + " was not escalated: " + escalated);
        }
        return escalated;
    }

    private static String post(ToolClient browser, String page, Map<String, String> fields) throws Exception {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("report", "report");
        all.put("jakarta.faces.ViewState", viewState(page));
        all.putAll(fields);
        return ok(browser.postForm(action(page), all)).body();
    }

    /** The review step's form is multipart (it has the screenshot field); no file is chosen, as a browser sends it. */
    private static String sendReview(ToolClient browser, String page) throws Exception {
        String boundary = "----cluster" + System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>();
        all.put("report", "report");
        all.put("jakarta.faces.ViewState", viewState(page));
        all.put("report:send", "x");
        for (Map.Entry<String, String> field : all.entrySet()) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"report:files\"; filename=\"\""
                + "\r\nContent-Type: application/octet-stream\r\n\r\n\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return ok(browser.send(browser.request(action(page))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())))).body();
    }

    private static String action(String page) {
        Matcher m = REPORT_ACTION.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("No report form on the page: " + page);
        }
        return m.group(1).replace("&amp;", "&");
    }

    private static String viewState(String page) {
        Matcher m = VIEW_STATE.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("No view state on the page: " + page);
        }
        return m.group(1).replace("&#58;", ":");
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response;
    }
}
