package org.childsafe.deploy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A counselor's escalation of a case found in the triage queue by its code, over plain HTTP as a browser without
 * JavaScript posts the real Faces form (server-side view state). Reporting itself: {@link AnonymousReporter}.
 */
public final class CounselorEscalation {

    private CounselorEscalation() {
    }

    /**
     * Finds the case with {@code code} in the counselor's triage queue, opens it and escalates it to the national
     * network with the escalation form; answers the case page after the escalation.
     */
    static String escalate(ToolClient counselor, String code) throws Exception {
        String queue = FacesPages.ok(counselor.get("/w/report/triage/queue.xhtml"));
        Matcher row = Pattern.compile("case\\.xhtml\\?id=(\\d+)[^>]*>" + Pattern.quote(code)).matcher(queue);
        if (!row.find()) {
            throw new IllegalStateException("Case " + code + " is not in the queue: " + queue);
        }
        String casePage = "/w/report/triage/case.xhtml?id=" + row.group(1);
        String opened = FacesPages.ok(counselor.get(casePage));
        Map<String, String> form = form(FacesPages.viewState(opened), "https://t.me/cluster_group", "@cluster_admin");
        String escalated = FacesPages.ok(counselor.postForm(casePage, form));
        if (!escalated.contains("data-status=\"ESCALATED\"")) {
            throw new IllegalStateException("Case " + code + " was not escalated: " + escalated);
        }
        return escalated;
    }

    /**
     * The escalation form of a case page as a counselor fills it in: a summary, the {@code links} and {@code accounts}
     * involved, an approximate time, province and age band, the counselor's contact, no child identity.
     */
    public static Map<String, String> form(String viewState, String links, String accounts) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("escalate", "escalate");
        form.put("escalate:summary", "A group shares edited photos of a student and threatens to post more.");
        form.put("escalate:links", links);
        form.put("escalate:accounts", accounts);
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
        form.put("jakarta.faces.ViewState", viewState);
        return form;
    }
}
