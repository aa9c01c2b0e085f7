package org.childsafe.urlcheck.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.childsafe.lti.admin.AdminAccess;
import org.childsafe.urlcheck.UrlCheckText;
import org.childsafe.urlcheck.feeds.FeedSource;
import org.childsafe.urlcheck.feeds.FeedStats;
import org.childsafe.urlcheck.refresh.FeedRefresher;
import org.childsafe.urlcheck.refresh.FeedStatus;
import org.childsafe.urlcheck.stats.WrongVerdictStore;

/**
 * {@code /admin/urlcheck.xhtml}, for the tool administrator only (feeds are shared by every school): the
 * configured sources with the figures of the snapshot in use, progress while a build runs (the page reloads
 * itself every few seconds then), the last failure, the cluster lease, a "refresh now" button, and the
 * "this is wrong" reports made outside any school.
 */
@Named
@RequestScoped
public class FeedAdmin {

    /** One configured source with the figures the snapshot in use and the last build have for it. */
    public record SourceRow(String name, String format, String location, String licence, String version,
            Instant fetchedAt, long entries, long parseErrors, long lines, String progress) {
    }

    @Inject
    FeedRefresher refresher;

    @Inject
    AdminAccess access;

    @Inject
    WrongVerdictStore wrongVerdicts;

    private FeedStatus status;

    /** {@code f:viewAction}: tool administrator only; an LTI administrator gets 403. */
    public void load() throws java.io.IOException {
        if (!access.current().isToolAdmin()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(403, "");
            faces.responseComplete();
            return;
        }
        status = refresher.status();
    }

    /** Starts a refresh under the cluster lease at once, whatever the schedule. */
    public void refreshNow() {
        access.current().requireToolAdmin();
        refresher.refreshSoon();
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                UrlCheckText.text(faces.getViewRoot().getLocale(), "admin.feeds.refresh.started"), null));
        status = refresher.status();
    }

    public FeedStatus getStatus() {
        return status;
    }

    public List<SourceRow> getSources() {
        List<SourceRow> rows = new ArrayList<>();
        for (FeedSource source : refresher.sources()) {
            FeedStats live = find(status.sources(), source.name());
            FeedStats attempted = find(status.attempted(), source.name());
            FeedStats shown = live != null ? live : attempted;
            long[] progress = status.progress().get(source.name());
            rows.add(new SourceRow(source.name(), source.format().name(), source.location().toString(), source.licence(),
                    shown == null ? "" : shown.version(), shown == null ? null : shown.fetchedAt(),
                    shown == null ? 0 : shown.entries(), attempted != null ? attempted.parseErrors() : shown == null ? 0 : shown.parseErrors(),
                    shown == null ? 0 : shown.lines(), progress == null ? "" : progress[0] + " / " + progress[1]));
        }
        return rows;
    }

    public List<WrongVerdictStore.WrongVerdict> getWrongVerdicts() {
        return wrongVerdicts.open(null, 100);
    }

    private static FeedStats find(List<FeedStats> stats, String name) {
        return stats.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }
}
