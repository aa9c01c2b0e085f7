package org.childsafe.report.triage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.childsafe.lti.audit.AuditLog;
import org.childsafe.lti.keys.application.KeyCipher;
import org.childsafe.lti.registration.application.School;
import org.childsafe.lti.registration.application.SchoolDirectory;
import org.childsafe.lti.session.application.LaunchIdentity;
import org.childsafe.lti.session.domain.People;
import org.childsafe.report.cases.domain.CaseStatus;
import org.childsafe.report.cases.domain.Category;
import org.childsafe.report.cases.domain.ClosingReason;
import org.childsafe.report.cases.domain.Priority;
import org.childsafe.report.cases.domain.ReportCase;
import org.childsafe.report.cases.domain.ReportCaseRepository;
import org.childsafe.report.cases.domain.ReportContent;
import org.childsafe.report.cases.domain.ReportMessage;
import org.childsafe.report.cases.domain.ReportMessageRepository;
import org.childsafe.report.crypto.CaseCrypto;
import org.childsafe.report.referral.application.ReferralOutbox;
import org.childsafe.report.referral.application.ReferralQueued;
import org.childsafe.report.referral.domain.ChildIdentity;
import org.childsafe.report.referral.domain.CounselorContact;
import org.childsafe.report.referral.domain.ReferralPayload;
import org.childsafe.report.referral.domain.TimeWindow;
import org.childsafe.report.triage.domain.CaseEvent;
import org.childsafe.report.triage.domain.CaseEventKind;
import org.childsafe.report.triage.domain.CaseNote;
import org.childsafe.report.triage.domain.CaseTriage;
import org.childsafe.report.triage.domain.QueueFilter;
import org.childsafe.report.triage.domain.TriageException;
import org.childsafe.report.triage.domain.TriageRecords;
import org.childsafe.report.triage.domain.TriageStateMachine;

/**
 * Counselor triage as use cases.
 *
 * <h2>Who</h2>
 * Every method first checks the {@link LaunchIdentity}: a designated counselor ({@code counselor()}) with a stored
 * user, and the case is looked up only within the identity's school ({@code deploymentPk}); a case of another
 * school is "not found". Everybody else gets {@link TriageAccessDeniedException}.
 *
 * <h2>Records</h2>
 * Each change appends a chronology event ({@code report_case_event}) and an audit event in the same transaction.
 * Edits of core fields (priority, categories, re-opening) require a written reason, stored with both. Reading a
 * case is audited too ({@code report.case.view}).
 *
 * <h2>First response</h2>
 * Acknowledging, replying, changing status and escalating count as the first response, which stops the overdue
 * clock ({@link CaseTriage#responded}).
 */
@ApplicationScoped
@Transactional
public class TriageService {

    /** Most cases a queue page shows. */
    public static final int QUEUE_LIMIT = 500;

    @Inject
    ReportCaseRepository cases;

    @Inject
    ReportMessageRepository messages;

    @Inject
    TriageRecords records;

    @Inject
    CaseCrypto crypto;

    @Inject
    KeyCipher cipher;

    @Inject
    ReferralOutbox referrals;

    @Inject
    People people;

    @Inject
    SchoolDirectory schools;

    @Inject
    AuditLog audit;

    @Inject
    TriageConfig config;

    @Inject
    Event<ReferralQueued> referralQueued;

    @Inject
    Clock clock;

    protected TriageService() {
    }

    // Reading -------------------------------------------------------------------------------------------------------

    /** The school's cases matching the filter, most urgent first. */
    public List<QueueRow> queue(LaunchIdentity who, QueueFilter filter) {
        long school = requireCounselor(who);
        Instant now = clock.instant();
        List<ReportCase> found = records.queue(school, filter, now, QUEUE_LIMIT);
        Map<Long, CaseTriage> triages = records.triages(school, found.stream().map(ReportCase::id).toList());
        return found.stream().map(c -> row(c, triages.get(c.id()), now)).toList();
    }

    /** One case, decrypted; the reading is audited. */
    public CaseFile open(LaunchIdentity who, long caseId) {
        ReportCase reportCase = find(who, caseId);
        Instant now = clock.instant();
        CaseTriage triage = records.triage(reportCase.deploymentPk(), caseId).orElse(null);
        List<CaseFile.Message> thread = messages.thread(reportCase.deploymentPk(), caseId).stream()
                .map(m -> new CaseFile.Message(m.author(), text(crypto.openMessage(reportCase, m)), m.createdAt()))
                .toList();
        List<CaseFile.Note> notes = records.notes(reportCase.deploymentPk(), caseId).stream()
                .map(n -> new CaseFile.Note(n.authorUserId(), text(cipher.decrypt(n.bodyEnc(), CaseNote.binding(caseId))),
                        n.createdAt()))
                .toList();
        List<CaseFile.Event> events = records.events(reportCase.deploymentPk(), caseId).stream()
                .map(e -> new CaseFile.Event(e.kind(), e.detail(), e.reason(), e.actorUserId(), e.occurredAt()))
                .toList();
        String mergedInto = triage == null ? null : triage.mergedIntoCaseId()
                .flatMap(id -> cases.find(reportCase.deploymentPk(), id)).map(c -> c.code().value()).orElse(null);
        audit.record(actor(who), "report.case.view", target(who, caseId), null);
        return new CaseFile(row(reportCase, triage, now), content(crypto.openContent(reportCase)), thread, notes, events,
                referrals.ofCase(reportCase.deploymentPk(), caseId), mergedInto);
    }

    // Changes -------------------------------------------------------------------------------------------------------

    /** NEW → ACKNOWLEDGED: "we have seen it". */
    public void acknowledge(LaunchIdentity who, long caseId) {
        changeStatus(who, caseId, CaseStatus.ACKNOWLEDGED, null, null);
    }

    /** A status change other than escalation; see {@link TriageStateMachine}. */
    public void changeStatus(LaunchIdentity who, long caseId, CaseStatus to, ClosingReason closingReason, String reason) {
        ReportCase reportCase = find(who, caseId);
        CaseStatus from = reportCase.status();
        TriageStateMachine.checkChange(from, to, closingReason, reason);
        Instant now = clock.instant();
        reportCase.changeStatus(to, closingReason, now);
        responded(reportCase, now);
        String detail = from + "→" + to + (closingReason == null ? "" : " (" + closingReason + ")");
        record(who, reportCase, CaseEventKind.STATUS_CHANGED, detail, reason, "report.case.status");
    }

    /** Changes the priority (a core field: reason required) and moves the due time. */
    public void changePriority(LaunchIdentity who, long caseId, Priority priority, String reason) {
        ReportCase reportCase = find(who, caseId);
        requireReason(reason);
        Priority before = reportCase.priority();
        if (before == Objects.requireNonNull(priority, "Priority is required.")) {
            return;
        }
        Instant now = clock.instant();
        reportCase.changePriority(priority, now);
        records.triage(reportCase.deploymentPk(), caseId)
                .ifPresent(t -> t.reschedule(config.duePolicy().dueAt(reportCase.createdAt(), priority)));
        record(who, reportCase, CaseEventKind.PRIORITY_CHANGED, before + "→" + priority, reason, "report.case.priority");
    }

    /** Re-classifies the case (a core field: reason required). */
    public void changeCategories(LaunchIdentity who, long caseId, Collection<Category> categories, String reason) {
        ReportCase reportCase = find(who, caseId);
        requireReason(reason);
        if (categories == null || categories.isEmpty()) {
            throw new TriageException("triage.categories_required", "At least one category.");
        }
        Set<Category> before = EnumSet.copyOf(reportCase.categories());
        reportCase.changeCategories(categories, clock.instant());
        record(who, reportCase, CaseEventKind.CATEGORIES_CHANGED, before + "→" + EnumSet.copyOf(categories), reason,
                "report.case.categories");
    }

    /** Assigns the case to a counselor of the school, or to nobody ({@code null}). */
    public void assign(LaunchIdentity who, long caseId, Long counselorUserId) {
        ReportCase reportCase = find(who, caseId);
        if (counselorUserId != null && !people.isCounselor(reportCase.deploymentPk(), counselorUserId)) {
            throw new TriageException("triage.assignee_not_counselor", "The assignee is not a counselor of this school.");
        }
        triageOf(reportCase).assign(counselorUserId);
        record(who, reportCase, CaseEventKind.ASSIGNED, counselorUserId == null ? "nobody" : "user:" + counselorUserId,
                null, "report.case.assign");
    }

    /** Adds an internal note (encrypted; never shown to the reporter). */
    public void addNote(LaunchIdentity who, long caseId, String text) {
        ReportCase reportCase = find(who, caseId);
        String body = requireText(text, 5000);
        records.add(new CaseNote(reportCase.deploymentPk(), caseId, who.userId(), cipher.kekId(),
                cipher.encrypt(body.getBytes(StandardCharsets.UTF_8), CaseNote.binding(caseId)), clock.instant()));
        record(who, reportCase, CaseEventKind.NOTE_ADDED, null, null, "report.case.note");
    }

    /** Writes to the reporter; they read it with the case code and passcode. */
    public void reply(LaunchIdentity who, long caseId, String text) {
        ReportCase reportCase = find(who, caseId);
        String body = requireText(text, ReportMessage.MAX_BODY_CHARS);
        Instant now = clock.instant();
        messages.save(ReportMessage.fromCounselor(reportCase, who.userId(),
                crypto.sealMessage(reportCase, body.getBytes(StandardCharsets.UTF_8)), now));
        reportCase.touch(now);
        responded(reportCase, now);
        record(who, reportCase, CaseEventKind.REPLIED, null, null, "report.case.reply");
    }

    /**
     * Escalates to the national network: the case becomes ESCALATED and a minimised referral is queued in the outbox
     * in the same transaction. The child's identity goes only with a legal basis, which is audited.
     */
    public ReferralOutbox.Enqueued escalate(LaunchIdentity who, long caseId, EscalationRequest request) {
        ReportCase reportCase = find(who, caseId);
        TriageStateMachine.checkEscalation(reportCase.status());
        ReferralPayload payload = payload(reportCase, request);
        Instant now = clock.instant();
        CaseStatus from = reportCase.status();
        reportCase.changeStatus(CaseStatus.ESCALATED, null, now);
        responded(reportCase, now);
        ReferralOutbox.Enqueued referral = referrals.enqueue(reportCase.deploymentPk(), caseId, payload);
        String detail = from + "→ESCALATED, referral " + referral.caseReference()
                + (payload.child() == null ? ", no identity" : ", identity shared: " + payload.child().legalBasis());
        record(who, reportCase, CaseEventKind.ESCALATED, detail, null, "report.case.escalate");
        referralQueued.fire(new ReferralQueued(referral.id()));
        return referral;
    }

    /**
     * Merges a duplicate into another open case of the same school: the duplicate is closed as DUPLICATE and points
     * at the other; both chronologies say so. The reason is required.
     */
    public void merge(LaunchIdentity who, long duplicateId, long intoId, String reason) {
        ReportCase duplicate = find(who, duplicateId);
        ReportCase into = find(who, intoId);
        requireReason(reason);
        if (duplicateId == intoId || into.status() == CaseStatus.CLOSED) {
            throw new TriageException("triage.merge_target_invalid", "Merge into another open case.");
        }
        TriageStateMachine.checkChange(duplicate.status(), CaseStatus.CLOSED, ClosingReason.DUPLICATE, reason);
        Instant now = clock.instant();
        duplicate.changeStatus(CaseStatus.CLOSED, ClosingReason.DUPLICATE, now);
        triageOf(duplicate).mergedInto(intoId);
        responded(duplicate, now);
        record(who, duplicate, CaseEventKind.MERGED_INTO, into.code().value(), reason, "report.case.merge");
        record(who, into, CaseEventKind.MERGED_FROM, duplicate.code().value(), reason, "report.case.merge");
    }

    /** Records that a case was exported (the caller produced the file). */
    public void recordExport(LaunchIdentity who, long caseId, String format) {
        ReportCase reportCase = find(who, caseId);
        record(who, reportCase, CaseEventKind.EXPORTED, format, null, "report.case.export");
    }

    // Helpers -------------------------------------------------------------------------------------------------------

    /** The identity's school, if it is a counselor's; otherwise access is denied. */
    public static long requireCounselor(LaunchIdentity who) {
        if (who == null || !who.counselor() || who.userId() == null) {
            throw new TriageAccessDeniedException();
        }
        return who.deploymentPk();
    }

    private ReportCase find(LaunchIdentity who, long caseId) {
        long school = requireCounselor(who);
        return cases.find(school, caseId).orElseThrow(CaseNotFoundException::new);
    }

    private CaseTriage triageOf(ReportCase reportCase) {
        records.createIfAbsent(reportCase.id(), reportCase.deploymentPk(),
                config.duePolicy().dueAt(reportCase.createdAt(), reportCase.priority()), clock.instant());
        return records.triage(reportCase.deploymentPk(), reportCase.id()).orElseThrow(CaseNotFoundException::new);
    }

    private void responded(ReportCase reportCase, Instant now) {
        triageOf(reportCase).responded(now);
    }

    private void record(LaunchIdentity who, ReportCase reportCase, CaseEventKind kind, String detail, String reason,
            String action) {
        records.add(new CaseEvent(reportCase.deploymentPk(), reportCase.id(), clock.instant(), who.userId(), kind, detail,
                reason));
        audit.record(actor(who), action, target(who, reportCase.id()),
                (detail == null ? kind.name() : detail) + (reason == null ? "" : "; reason: " + reason));
    }

    private ReferralPayload payload(ReportCase reportCase, EscalationRequest r) {
        School school = schools.byDeployment(reportCase.deploymentPk()).orElseThrow(CaseNotFoundException::new);
        String reference = referrals.caseReferenceOf(reportCase.deploymentPk(), reportCase.id())
                .orElseGet(ReferralReferences::newReference);
        try {
            ChildIdentity child = r.legalBasis() == null ? null
                    : new ChildIdentity(r.childName(), r.childClass(), r.legalBasis());
            return new ReferralPayload(reference, reportCase.categories().stream().map(Enum::name).sorted().toList(),
                    reportCase.priority().name(), r.summary(), r.links(), r.accounts(), r.platforms(),
                    new TimeWindow(r.from(), r.to(), r.approximate()),
                    r.province() == null || r.province().isBlank() ? config.province().orElse(null) : r.province(),
                    school.name() == null ? school.deploymentId() : school.name(), r.ageBand(), r.schoolActed(),
                    new CounselorContact(r.contactName(), r.contactEmail(), r.contactPhone()), child);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new TriageException("triage.escalation_invalid", e.getMessage());
        }
    }

    private QueueRow row(ReportCase c, CaseTriage triage, Instant now) {
        return new QueueRow(c.id(), c.code().value(), c.status(), c.priority(), EnumSet.copyOf(c.categories()),
                c.createdAt(), triage == null ? config.duePolicy().dueAt(c.createdAt(), c.priority()) : triage.dueAt(),
                c.status() != CaseStatus.CLOSED && (triage == null
                        ? now.isAfter(config.duePolicy().dueAt(c.createdAt(), c.priority())) : triage.overdue(now)),
                triage == null ? null : triage.assigneeUserId().orElse(null), c.anonymous());
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new TriageException("triage.reason_required", "A reason is required for this change.");
        }
        if (reason.length() > 500) {
            throw new TriageException("triage.reason_too_long", "A reason has at most 500 characters.");
        }
    }

    private static String requireText(String text, int max) {
        if (text == null || text.isBlank()) {
            throw new TriageException("triage.text_required", "Write something first.");
        }
        if (text.length() > max) {
            throw new TriageException("triage.text_too_long", "Too long.");
        }
        return text.strip();
    }

    private static CaseFile.Content content(byte[] json) {
        try {
            ReportContent c = ReportContent.fromJson(json);
            return new CaseFile.Content(c.whatHappened(), c.when(), c.where(), List.copyOf(c.links()), c.accounts(),
                    c.contactName(), c.contactWay());
        } catch (RuntimeException e) {
            // Not the intake's JSON (e.g. a case made by an older version): show the plaintext as it is.
            return new CaseFile.Content(text(json), null, null, List.of(), null, null, null);
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static String actor(LaunchIdentity who) {
        return "counselor:" + who.deploymentPk() + ":" + who.userId();
    }

    static String target(LaunchIdentity who, long caseId) {
        return "registration:" + who.registrationId() + "/deployment:" + who.deploymentPk() + "/report-case:" + caseId;
    }
}
