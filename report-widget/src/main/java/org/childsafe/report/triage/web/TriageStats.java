package org.childsafe.report.triage.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.childsafe.lti.session.application.LaunchIdentity;
import org.childsafe.report.triage.application.Statistics;
import org.childsafe.report.triage.application.StatisticsService;

/**
 * Backs {@code /w/report/stats.xhtml}: the school's counts as accessible tables, and the same numbers as Chart.js
 * bar charts through PrimeFaces {@code p:chart} (whose {@code value} is the chart's JSON configuration). Counselors
 * and LMS administrators of the school only; everybody else gets 403.
 */
@Named
@ViewScoped
public class TriageStats implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient StatisticsService service;

    private Statistics statistics;

    public void load() throws IOException {
        LaunchIdentity who = Pages.identity();
        if (!StatisticsService.allowed(who)) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(403, "");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        statistics = service.of(who);
    }

    public Statistics getStatistics() {
        return statistics;
    }

    public List<Map.Entry<String, Long>> entries(Map<String, Long> counts) {
        return new ArrayList<>(counts.entrySet());
    }

    public String getCategoryChart() {
        return chart(statistics.byCategory(), "triage.category.", "triage.stats.byCategory");
    }

    public String getStatusChart() {
        return chart(statistics.byStatus(), "triage.status.", "triage.stats.byStatus");
    }

    public String getMonthChart() {
        return chart(statistics.byMonth(), null, "triage.stats.byMonth");
    }

    /** A Chart.js bar configuration; labels come from the bundle and are JSON-escaped. */
    private String chart(Map<String, Long> counts, String labelPrefix, String titleKey) {
        StringBuilder labels = new StringBuilder();
        StringBuilder data = new StringBuilder();
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            labels.append(labels.isEmpty() ? "" : ",").append(json(labelPrefix == null ? e.getKey()
                    : Pages.text(labelPrefix + e.getKey())));
            data.append(data.isEmpty() ? "" : ",").append(e.getValue());
        }
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":[{\"label\":"
                + json(Pages.text("triage.stats.count")) + ",\"data\":[" + data + "],\"backgroundColor\":\"#1f5fa8\"}]},"
                + "\"options\":{\"plugins\":{\"title\":{\"display\":true,\"text\":" + json(Pages.text(titleKey))
                + "}},\"scales\":{\"y\":{\"beginAtZero\":true,\"ticks\":{\"precision\":0}}}}}";
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
