package org.childsafe.deploy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A pupil reporting anonymously through the school's public page ({@code /p/report/<publicId>}), over plain HTTP
 * step by step, to the receipt, and opening the case again with that receipt. What counts as "acknowledged" is
 * exactly what the reporter was shown: the case code and passcode on the receipt page.
 */
public final class AnonymousReporter {

    private static final Pattern PUBLIC_ID = Pattern.compile("\"publicId\"\\s*:\\s*\"([A-Za-z0-9_-]+)\"");
    private static final Pattern CODE = Pattern.compile("<code id=\"caseCode\">([^<]+)</code>");
    private static final Pattern PASSCODE = Pattern.compile("<code id=\"passcode\">([^<]+)</code>");

    /** What the receipt page showed. */
    public record Receipt(String code, String passcode) {
    }

    private AnonymousReporter() {
    }

    /** The public id of the first school (deployment) registered with the tool, asked as its administrator. */
    public static String schoolPublicId(URI tool) throws IOException, InterruptedException {
        return FacesPages.group(PUBLIC_ID, FacesPages.ok(new ToolClient(tool).admin("GET", "/api/admin/registrations", null, null)));
    }

    /** One anonymous report through the public page, to the receipt. */
    public static Receipt report(URI base, String publicId) throws IOException, InterruptedException {
        return report(new ToolClient(base), publicId, "BULLYING", "Bị chặn đường sau giờ học", "");
    }

    /**
     * One anonymous report through the public page in {@code browser}'s session, to the receipt.
     *
     * @param links the links step's text, empty for none
     */
    public static Receipt report(ToolClient browser, String publicId, String category, String whatHappened, String links)
            throws IOException, InterruptedException {
        String body = FacesPages.ok(browser.get("/p/report/" + publicId));
        body = FacesPages.post(browser, body, "report", Map.of("report:dangerNo", "x"));
        body = FacesPages.post(browser, body, "report", Map.of("report:categories", category, "report:next2", "x"));
        body = FacesPages.post(browser, body, "report", Map.of("report:whatHappened", whatHappened, "report:links", links,
                "report:next3", "x"));
        body = FacesPages.post(browser, body, "report", Map.of("report:affected", "ME", "report:next4", "x"));
        String receipt = send(browser, body);
        return new Receipt(FacesPages.group(CODE, receipt), FacesPages.group(PASSCODE, receipt));
    }

    /** The case page after signing in with the receipt (it shows the case code when the receipt opened it). */
    public static String open(URI base, String publicId, Receipt receipt) throws IOException, InterruptedException {
        ToolClient browser = new ToolClient(base);
        String page = FacesPages.ok(browser.get("/p/report/" + publicId + "/case"));
        return FacesPages.post(browser, page, "access", Map.of("access:code", receipt.code(), "access:passcode",
                receipt.passcode(), "access:open", "x"));
    }

    /** Whether {@code page} (from {@link #open}) is the case the receipt names. */
    public static boolean opened(String page, Receipt receipt) {
        return page.contains("id=\"viewCode\">" + receipt.code());
    }

    /** The review step is multipart (it has the screenshot field), as a browser sends it; no file attached. */
    private static String send(ToolClient browser, String page) throws IOException, InterruptedException {
        String boundary = "----reporter" + System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>();
        all.put("report", "report");
        all.put("jakarta.faces.ViewState", FacesPages.viewState(page));
        all.put("report:send", "x");
        for (Map.Entry<String, String> field : all.entrySet()) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return FacesPages.ok(browser.send(browser.request(FacesPages.action(page, "report"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))));
    }
}
