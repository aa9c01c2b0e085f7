package org.childsafe.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The school's public report page on the real suite (Payara Micro), over plain HTTP as a browser without script
 * would use it: emergency numbers come before any field, the multi-step form is posted step by step with its
 * Faces view state, the receipt shows code and passcode once, and with them the reporter opens the case again.
 * Unknown schools, other methods and wrong passcodes are refused without detail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportSubmitIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern ACTION = Pattern.compile("<form id=\"(report|access|reply)\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern PUBLIC_ID = Pattern.compile("\"publicId\"\\s*:\\s*\"([A-Za-z0-9_-]+)\"");

    private ToolClient browser;
    private String publicId;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SuiteDeployment.war();
    }

    @BeforeEach
    void findTheDemoSchool() throws Exception {
        browser = new ToolClient(SuiteDeployment.baseUrl());
        HttpResponse<String> registrations = browser.admin("GET", "/api/admin/registrations", null, null);
        Matcher m = PUBLIC_ID.matcher(registrations.body());
        assertThat(m.find()).as(registrations.body()).isTrue();
        publicId = m.group(1);
        browser.forget("JSESSIONID");
    }

    @Test
    void anAnonymousReportThroughThePublicPageGivesAReceiptThatOpensTheCase() throws Exception {
        HttpResponse<String> page = browser.get("/p/report/" + publicId);

        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("href=\"tel:113\"").contains("href=\"tel:111\"");
        assertThat(body.indexOf("tel:113")).as("emergency numbers before any field").isLessThan(indexOfFirstField(body));
        assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();

        body = post(body, "report", Map.of("report:dangerNo", "x")).body();
        assertThat(body).contains("name=\"report:categories\"");
        body = post(body, "report", Map.of("report:next2", "x")).body();
        assertThat(body).as("the only required step").contains("ít nhất một mục");
        body = post(body, "report", Map.of("report:categories", "BULLYING", "report:next2", "x")).body();
        body = post(body, "report", Map.of("report:whatHappened", "Một nhóm bạn đe doạ em trên Zalo <script>alert(1)</script>",
                "report:links", "zalo.me/g/abc", "report:next3", "x")).body();
        body = post(body, "report", Map.of("report:affected", "ME", "report:next4", "x")).body();
        assertThat(body).contains("zalo.me/g/abc").doesNotContain("<script>alert(1)</script>");
        HttpResponse<String> receipt = postMultipart(body, Map.of("report:send", "x"), png());

        String code = group(receipt.body(), "<code id=\"caseCode\">([^<]+)</code>");
        String passcode = group(receipt.body(), "<code id=\"passcode\">([^<]+)</code>");
        assertThat(code).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
        assertThat(passcode).matches("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");
        assertThat(receipt.body()).contains("không phải dịch vụ khẩn cấp");

        HttpResponse<String> casePage = browser.get("/p/report/" + publicId + "/case");
        assertThat(casePage.statusCode()).isEqualTo(200);
        HttpResponse<String> wrong = post(casePage.body(), "access", Map.of("access:code", code,
                "access:passcode", "AAAA-BBBB-CCCC", "access:open", "x"));
        assertThat(wrong.body()).contains("không khớp").doesNotContain("id=\"viewCode\"");
        HttpResponse<String> opened = post(wrong.body(), "access", Map.of("access:code", code.toLowerCase(),
                "access:passcode", passcode, "access:open", "x"));
        assertThat(opened.body()).contains("id=\"viewCode\">" + code).contains("Chưa có phản hồi");
        HttpResponse<String> replied = post(opened.body(), "reply", Map.of("reply:message", "Em muốn nói thêm", "reply:send", "x"));
        assertThat(replied.body()).contains("Em muốn nói thêm").contains("đã được gửi");
    }

    @Test
    void anUnknownSchoolOrAnotherMethodIsRefused() throws Exception {
        assertThat(browser.get("/p/report/unknownSchool123").statusCode()).isEqualTo(404);
        assertThat(browser.get("/p/report/%3Cscript%3E").statusCode()).isEqualTo(404);
        assertThat(browser.postForm("/p/report/" + publicId, Map.of("x", "y")).statusCode()).isEqualTo(405);
    }

    @Test
    void aPostWithoutTheViewStateStoresNothing() throws Exception {
        HttpResponse<String> page = browser.get("/p/report/" + publicId);
        String action = group(page.body(), ACTION.pattern().replace("(report|access|reply)", "report"), 1);
        ToolClient other = new ToolClient(SuiteDeployment.baseUrl());

        HttpResponse<String> forged = other.postForm(action.replace("&amp;", "&"), Map.of("report", "report", "report:dangerNo", "x"));

        assertThat(forged.body()).doesNotContain("name=\"report:categories\"");
    }

    private HttpResponse<String> post(String page, String form, Map<String, String> fields) throws Exception {
        Matcher action = ACTION.matcher(page);
        String url = null;
        while (action.find()) {
            if (action.group(1).equals(form)) {
                url = action.group(2).replace("&amp;", "&");
            }
        }
        assertThat(url).as("form " + form + " in page").isNotNull();
        Map<String, String> all = new LinkedHashMap<>();
        all.put(form, form);
        all.put("jakarta.faces.ViewState", group(page, VIEW_STATE.pattern()));
        all.putAll(fields);
        HttpResponse<String> response = browser.postForm(url, all);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    /** The review step's form is multipart (it has the screenshot field), as a browser sends it. */
    private HttpResponse<String> postMultipart(String page, Map<String, String> fields, byte[] file) throws Exception {
        Matcher action = ACTION.matcher(page);
        assertThat(action.find()).isTrue();
        String url = action.group(2).replace("&amp;", "&");
        String boundary = "----report" + System.nanoTime();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>();
        all.put("report", "report");
        all.put("jakarta.faces.ViewState", group(page, VIEW_STATE.pattern()));
        all.putAll(fields);
        for (Map.Entry<String, String> field : all.entrySet()) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"report:files\"; filename=\"Nguyen Van A at home.png\""
                + "\r\nContent-Type: image/png\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpResponse<String> response = browser.send(browser.request(url)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static byte[] png() throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(20, 10, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static int indexOfFirstField(String body) {
        int first = Integer.MAX_VALUE;
        for (String field : new String[] {"<input type=\"text\"", "<textarea", "type=\"checkbox\"", "type=\"radio\""}) {
            int i = body.indexOf(field);
            if (i >= 0) {
                first = Math.min(first, i);
            }
        }
        return first;
    }

    private static String group(String text, String regex) {
        return group(text, regex, 1);
    }

    private static String group(String text, String regex, int group) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex + " in " + text).isTrue();
        return m.group(group);
    }
}
