package org.childsafe.report.receipt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import org.childsafe.report.audit.CaseAudit;
import org.childsafe.report.cases.domain.CaseCode;
import org.childsafe.report.cases.domain.ReportCase;
import org.childsafe.report.cases.domain.ReportCaseRepository;
import org.childsafe.report.cases.domain.ReportContent;
import org.childsafe.report.cases.domain.ReportMessage;
import org.childsafe.report.cases.domain.ReportMessageRepository;
import org.childsafe.report.crypto.CaseCrypto;
import org.childsafe.report.crypto.PasscodeHasher;
import org.childsafe.report.intake.FieldProblem;
import org.childsafe.report.intake.InvalidReportException;

/**
 * Two-way anonymous messaging, reporter side. Every call proves access again with code and passcode (the service
 * keeps no login state); a failed proof is {@link CaseAccessDeniedException}, the same for every reason. Guessing
 * is limited by the caller's rate limiter per code and per source.
 *
 * <p>Counselor replies are {@link ReportMessage#fromCounselor} rows of the same thread, written by the triage side;
 * they appear here as "a counselor". Reading and writing are audited with the actor {@value CaseAudit#REPORTER}.
 */
@ApplicationScoped
public class ReporterCaseService {

    /** Hash checked when a code does not exist, so both answers take as long. */
    private static final String DUMMY_HASH = PasscodeHasher.hash("AAAA-AAAA-AAAA");

    @Inject
    ReportCaseRepository cases;

    @Inject
    ReportMessageRepository messages;

    @Inject
    CaseCrypto crypto;

    @Inject
    CaseAudit audit;

    @Inject
    Clock clock;

    protected ReporterCaseService() {
    }

    /** For tests outside the container. */
    public ReporterCaseService(ReportCaseRepository cases, ReportMessageRepository messages, CaseCrypto crypto,
            CaseAudit audit, Clock clock) {
        this.cases = cases;
        this.messages = messages;
        this.crypto = crypto;
        this.audit = audit;
        this.clock = clock;
    }

    /** The case and its thread, if code and passcode open a case of this school. */
    @Transactional
    public ReporterView open(long deploymentPk, String typedCode, String passcode) {
        ReportCase reportCase = authorised(deploymentPk, typedCode, passcode);
        audit.record(CaseAudit.REPORTER, "report.viewed-by-reporter", reportCase, "code=" + reportCase.code());
        return view(reportCase);
    }

    /** Appends the reporter's message to the thread and returns the updated view. */
    @Transactional
    public ReporterView post(long deploymentPk, String typedCode, String passcode, String text) {
        ReportCase reportCase = authorised(deploymentPk, typedCode, passcode);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > ReportMessage.MAX_BODY_CHARS) {
            throw new InvalidReportException(java.util.List.of(new FieldProblem("message",
                    body.isEmpty() ? "report.error.message-empty" : "report.error.too-long")));
        }
        messages.save(ReportMessage.fromReporter(reportCase,
                crypto.sealMessage(reportCase, body.getBytes(StandardCharsets.UTF_8)), clock.instant()));
        reportCase.touch(clock.instant());
        audit.record(CaseAudit.REPORTER, "report.message-by-reporter", reportCase, "code=" + reportCase.code());
        return view(reportCase);
    }

    private ReportCase authorised(long deploymentPk, String typedCode, String passcode) {
        Optional<ReportCase> found = CaseCode.parse(typedCode).flatMap(code -> cases.findByCode(deploymentPk, code));
        if (found.isEmpty()) {
            // Same cost as a real check, so response time does not reveal whether a code exists.
            PasscodeHasher.matches(DUMMY_HASH, passcode == null ? "" : passcode);
            throw new CaseAccessDeniedException();
        }
        if (!PasscodeHasher.matches(found.get().passcodeHash(), passcode)) {
            throw new CaseAccessDeniedException();
        }
        return found.get();
    }

    private ReporterView view(ReportCase reportCase) {
        ReportContent content = ReportContent.fromJson(crypto.openContent(reportCase));
        return new ReporterView(reportCase.code(), reportCase.status(), reportCase.categories(),
                reportCase.createdAt(), content.whatHappened(),
                messages.thread(reportCase.deploymentPk(), reportCase.id()).stream()
                        .map(m -> new ThreadEntry(m.author(), m.createdAt(),
                                new String(crypto.openMessage(reportCase, m), StandardCharsets.UTF_8)))
                        .toList());
    }
}
