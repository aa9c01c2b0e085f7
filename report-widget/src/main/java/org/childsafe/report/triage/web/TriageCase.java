package org.childsafe.report.triage.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.childsafe.lti.session.application.LaunchIdentity;
import org.childsafe.lti.session.domain.CounselorDesignation;
import org.childsafe.lti.session.domain.LtiUser;
import org.childsafe.lti.session.domain.People;
import org.childsafe.report.cases.domain.CaseCode;
import org.childsafe.report.cases.domain.CaseStatus;
import org.childsafe.report.cases.domain.ClosingReason;
import org.childsafe.report.cases.domain.Priority;
import org.childsafe.report.referral.domain.AgeBand;
import org.childsafe.report.referral.domain.LegalBasis;
import org.childsafe.report.triage.application.CaseFile;
import org.childsafe.report.triage.application.EscalationRequest;
import org.childsafe.report.triage.application.QueueRow;
import org.childsafe.report.triage.application.TriageConfig;
import org.childsafe.report.triage.application.TriageService;
import org.childsafe.report.triage.domain.QueueFilter;
import org.childsafe.report.triage.domain.TriageException;
import org.childsafe.report.triage.domain.TriageStateMachine;

/**
 * Backs {@code /w/report/triage/case.xhtml?id=…}: one case with its thread, notes, chronology and referrals, and
 * the counselor's actions. Each action calls {@link TriageService} (which checks the counselor and the school
 * again), then reloads the case; a refused action shows the message of its stable code.
 */
@Named
@ViewScoped
public class TriageCase implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TriageService service;

    @Inject
    transient People people;

    @Inject
    transient TriageConfig config;

    private long id;
    private CaseFile file;
    private Map<Long, String> counselors = Map.of();

    private CaseStatus newStatus;
    private ClosingReason closingReason;
    private Priority newPriority;
    private String reason;
    private Long assigneeId;
    private String noteText;
    private String replyText;
    private String mergeCode;

    private String summary;
    private String links;
    private String accounts;
    private String platforms;
    private LocalDate from;
    private LocalDate to;
    private boolean approximate = true;
    private String province;
    private AgeBand ageBand = AgeBand.UNKNOWN;
    private boolean schoolActed;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private LegalBasis legalBasis;
    private String childName;
    private String childClass;

    public void load() throws IOException {
        LaunchIdentity who = Pages.identity();
        try {
            file = service.open(who, id);
            assigneeId = file.row().assigneeUserId();
            newPriority = file.row().priority();
            Map<Long, String> names = new LinkedHashMap<>();
            for (CounselorDesignation d : people.counselors(who.deploymentPk())) {
                names.put(d.userId(), people.findUser(d.userId()).map(LtiUser::displayName)
                        .filter(n -> n != null && !n.isBlank()).orElse("#" + d.userId()));
            }
            counselors = names;
            if (province == null) {
                province = config.province().orElse("");
                contactName = who.staffName();
                links = String.join("\n", file.content().links());
                accounts = file.content().accounts();
                platforms = file.content().where();
            }
        } catch (TriageException e) {
            file = null;
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void acknowledge() throws IOException {
        act(() -> service.acknowledge(Pages.identity(), id));
    }

    public void changeStatus() throws IOException {
        act(() -> service.changeStatus(Pages.identity(), id, newStatus, closingReason, reason));
    }

    public void changePriority() throws IOException {
        act(() -> service.changePriority(Pages.identity(), id, newPriority, reason));
    }

    public void assign() throws IOException {
        act(() -> service.assign(Pages.identity(), id, assigneeId));
    }

    public void addNote() throws IOException {
        act(() -> service.addNote(Pages.identity(), id, noteText));
        noteText = null;
    }

    public void reply() throws IOException {
        act(() -> service.reply(Pages.identity(), id, replyText));
        replyText = null;
    }

    public void merge() throws IOException {
        LaunchIdentity who = Pages.identity();
        act(() -> {
            CaseCode code = CaseCode.parse(mergeCode).orElseThrow(
                    () -> new TriageException("triage.merge_target_invalid", "No such code."));
            List<QueueRow> target = service.queue(who, new QueueFilter(Set.of(CaseStatus.values()), null, null, null,
                    false, false, code));
            if (target.isEmpty()) {
                throw new TriageException("triage.merge_target_invalid", "No such case.");
            }
            service.merge(who, id, target.get(0).caseId(), reason);
        });
    }

    public void escalate() throws IOException {
        act(() -> service.escalate(Pages.identity(), id, new EscalationRequest(summary, lines(links), lines(accounts),
                lines(platforms), from, to, approximate, province, ageBand, schoolActed, contactName, contactEmail,
                contactPhone, legalBasis, childName, childClass)));
    }

    private void act(Runnable action) throws IOException {
        try {
            action.run();
            reason = null;
            Pages.info("triage.case.saved");
        } catch (TriageException e) {
            Pages.problem(e.code());
        }
        load();
    }

    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
        }
        return lines;
    }

    // Page values ---------------------------------------------------------------------------------------------------

    public CaseFile getFile() {
        return file;
    }

    /** The queue facts of the case, or {@code null} before it is loaded. */
    public QueueRow getRow() {
        return file == null ? null : file.row();
    }

    /** The statuses a bare status change may go to from here (escalation has its own form). */
    public List<CaseStatus> getMoves() {
        return file == null ? List.of() : TriageStateMachine.movesFrom(file.row().status()).stream()
                .filter(s -> s != CaseStatus.ESCALATED).toList();
    }

    public boolean isEscalatable() {
        return file != null && TriageStateMachine.allowed(file.row().status(), CaseStatus.ESCALATED);
    }

    public Map<Long, String> getCounselors() {
        return counselors;
    }

    public List<Long> getCounselorIds() {
        return new ArrayList<>(counselors.keySet());
    }

    public String counselorName(Long userId) {
        return userId == null ? "" : counselors.getOrDefault(userId, "#" + userId);
    }

    public ClosingReason[] getClosingReasons() {
        return ClosingReason.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public AgeBand[] getAgeBands() {
        return AgeBand.values();
    }

    public LegalBasis[] getLegalBases() {
        return LegalBasis.values();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public CaseStatus getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(CaseStatus newStatus) {
        this.newStatus = newStatus;
    }

    public ClosingReason getClosingReason() {
        return closingReason;
    }

    public void setClosingReason(ClosingReason closingReason) {
        this.closingReason = closingReason;
    }

    public Priority getNewPriority() {
        return newPriority;
    }

    public void setNewPriority(Priority newPriority) {
        this.newPriority = newPriority;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public void setAssigneeId(Long assigneeId) {
        this.assigneeId = assigneeId;
    }

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String noteText) {
        this.noteText = noteText;
    }

    public String getReplyText() {
        return replyText;
    }

    public void setReplyText(String replyText) {
        this.replyText = replyText;
    }

    public String getMergeCode() {
        return mergeCode;
    }

    public void setMergeCode(String mergeCode) {
        this.mergeCode = mergeCode;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getLinks() {
        return links;
    }

    public void setLinks(String links) {
        this.links = links;
    }

    public String getAccounts() {
        return accounts;
    }

    public void setAccounts(String accounts) {
        this.accounts = accounts;
    }

    public String getPlatforms() {
        return platforms;
    }

    public void setPlatforms(String platforms) {
        this.platforms = platforms;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public boolean isApproximate() {
        return approximate;
    }

    public void setApproximate(boolean approximate) {
        this.approximate = approximate;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public AgeBand getAgeBand() {
        return ageBand;
    }

    public void setAgeBand(AgeBand ageBand) {
        this.ageBand = ageBand;
    }

    public boolean isSchoolActed() {
        return schoolActed;
    }

    public void setSchoolActed(boolean schoolActed) {
        this.schoolActed = schoolActed;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public LegalBasis getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(LegalBasis legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getChildName() {
        return childName;
    }

    public void setChildName(String childName) {
        this.childName = childName;
    }

    public String getChildClass() {
        return childClass;
    }

    public void setChildClass(String childClass) {
        this.childClass = childClass;
    }
}
