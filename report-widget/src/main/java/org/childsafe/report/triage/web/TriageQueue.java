package org.childsafe.report.triage.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.childsafe.lti.session.application.LaunchIdentity;
import org.childsafe.report.cases.domain.CaseCode;
import org.childsafe.report.cases.domain.CaseStatus;
import org.childsafe.report.cases.domain.Category;
import org.childsafe.report.cases.domain.Priority;
import org.childsafe.report.notify.MailOutbox;
import org.childsafe.report.triage.application.QueueRow;
import org.childsafe.report.triage.application.TriageService;
import org.childsafe.report.triage.domain.QueueFilter;
import org.childsafe.report.triage.domain.TriageException;

/**
 * Backs {@code /w/report/triage/queue.xhtml}: the school's reports with filters, the overdue banner, and the form
 * where a counselor gives (or withdraws) the address for notification e-mails.
 */
@Named
@ViewScoped
public class TriageQueue implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,185}\\.[^@\\s]{2,}");

    @Inject
    transient TriageService service;

    @Inject
    transient MailOutbox mail;

    private String status = "";
    private Priority priority;
    private Category category;
    private String assignee = "";
    private boolean overdueOnly;
    private String code = "";
    private List<QueueRow> rows = List.of();
    private long overdueCount;
    private String email;
    private String mailLanguage = "vi";

    public void load() {
        LaunchIdentity who = Pages.identity();
        try {
            rows = service.queue(who, filter(who));
            overdueCount = service.queue(who, new QueueFilter(Set.of(), null, null, null, false, true, null)).size();
            if (email == null) {
                email = mail.addressOf(who.deploymentPk(), who.userId()).orElse("");
                mailLanguage = Pages.locale().getLanguage().equals("en") ? "en" : "vi";
            }
        } catch (TriageException e) {
            Pages.problem(e.code());
        }
    }

    /** "Show": applies the filters. */
    public void apply() {
        load();
    }

    public void saveAddress() {
        LaunchIdentity who = Pages.identity();
        String value = email == null ? "" : email.strip();
        if (value.length() > 254 || !EMAIL.matcher(value).matches()) {
            Pages.error("triage.mail.invalid");
            return;
        }
        TriageService.requireCounselor(who);
        mail.saveAddress(who.deploymentPk(), who.userId(), value, "en".equals(mailLanguage) ? "en" : "vi");
        Pages.info("triage.mail.saved");
    }

    public void removeAddress() {
        LaunchIdentity who = Pages.identity();
        TriageService.requireCounselor(who);
        mail.removeAddress(who.deploymentPk(), who.userId());
        email = "";
        Pages.info("triage.mail.removed");
    }

    private QueueFilter filter(LaunchIdentity who) {
        Set<CaseStatus> statuses = status == null || status.isBlank() ? Set.of()
                : "ALL".equals(status) ? EnumSet.allOf(CaseStatus.class) : Set.of(CaseStatus.valueOf(status));
        CaseCode parsed = code == null || code.isBlank() ? null : CaseCode.parse(code).orElse(null);
        return new QueueFilter(statuses, priority, category, "me".equals(assignee) ? who.userId() : null,
                "nobody".equals(assignee), overdueOnly, parsed);
    }

    // Page values ---------------------------------------------------------------------------------------------------

    public CaseStatus[] getStatuses() {
        return CaseStatus.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public Category[] getCategories() {
        return Category.values();
    }

    public List<QueueRow> getRows() {
        return rows;
    }

    public long getOverdueCount() {
        return overdueCount;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null || status.isBlank() || "ALL".equals(status) ? status
                : EnumSet.allOf(CaseStatus.class).stream().map(Enum::name).filter(status::equals).findFirst().orElse("");
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getMailLanguage() {
        return mailLanguage;
    }

    public void setMailLanguage(String mailLanguage) {
        this.mailLanguage = mailLanguage;
    }
}
