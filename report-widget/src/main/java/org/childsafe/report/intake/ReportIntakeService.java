package org.childsafe.report.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.childsafe.lti.observe.EventLog;
import java.util.stream.Collectors;
import org.childsafe.lti.registration.application.School;
import org.childsafe.report.attachments.AttachmentRejectedException;
import org.childsafe.report.attachments.CleanImage;
import org.childsafe.report.attachments.ImageSanitizer;
import org.childsafe.report.audit.CaseAudit;
import org.childsafe.report.cases.domain.CaseCode;
import org.childsafe.report.cases.domain.Category;
import org.childsafe.report.cases.domain.Priority;
import org.childsafe.report.cases.domain.ReportAttachment;
import org.childsafe.report.cases.domain.ReportAttachmentRepository;
import org.childsafe.report.cases.domain.ReportCase;
import org.childsafe.report.cases.domain.ReportCaseRepository;
import org.childsafe.report.cases.domain.ReportContent;
import org.childsafe.report.cases.domain.ReportSource;
import org.childsafe.report.config.ReportConfig;
import org.childsafe.report.crypto.CaseCrypto;
import org.childsafe.report.crypto.PasscodeHasher;
import org.childsafe.report.guidance.SchoolPolicies;
import org.childsafe.report.links.LinkExtractor;

/**
 * Takes a report in: validates it, cleans its attachments, encrypts and stores it, audits it, and returns the
 * {@link Receipt}.
 *
 * <h2>Acknowledged only after commit</h2>
 * {@link #submit} is one transaction. The receipt is the method's return value, and the transaction interceptor
 * commits before the method returns to its caller; if the commit fails the caller gets an exception and shows no
 * receipt. So every receipt a reporter ever saw names a committed case (the form shows the receipt only from
 * this return value).
 *
 * <h2>What is refused</h2>
 * Invalid drafts ({@link DraftValidator}) and attachments that are not allowed ({@code report.attachment.not-allowed}
 * when a category is sexual abuse or exploitation: the tool must not receive sexual images of children, whatever
 * the browser sends), too many ({@code report.attachment.count}) or not clean images ({@link ImageSanitizer}); all
 * as {@link InvalidReportException}, with nothing stored.
 *
 * <h2>Anonymity</h2>
 * {@code reporterUserId} is passed only when the reporter opted in to share identity; otherwise nothing about the
 * reporter reaches the database, the audit log or the server log.
 */
@ApplicationScoped
public class ReportIntakeService {

    private static final Logger LOG = Logger.getLogger(ReportIntakeService.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int CODE_ATTEMPTS = 8;

    @Inject
    ReportCaseRepository cases;

    @Inject
    ReportAttachmentRepository attachments;

    @Inject
    CaseCrypto crypto;

    @Inject
    ReportConfig config;

    @Inject
    SchoolPolicies policies;

    @Inject
    CaseAudit audit;

    @Inject
    Clock clock;

    protected ReportIntakeService() {
    }

    /** For tests outside the container. */
    public ReportIntakeService(ReportCaseRepository cases, ReportAttachmentRepository attachments, CaseCrypto crypto,
            ReportConfig config, SchoolPolicies policies, CaseAudit audit, Clock clock) {
        this.cases = cases;
        this.attachments = attachments;
        this.crypto = crypto;
        this.config = config;
        this.policies = policies;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Stores a new report for {@code school}.
     *
     * @param reporterUserId the reporter's {@code lti_user.id} only if they chose to share identity, else {@code null}
     * @return the receipt, after the case was committed
     * @throws InvalidReportException when the draft or an attachment is refused; nothing is stored then
     */
    @Transactional
    public Receipt submit(School school, ReportDraft draft, List<Upload> uploads, Long reporterUserId,
            ReportSource source) {
        List<FieldProblem> problems = new ArrayList<>(new DraftValidator(config.textChars()).problems(draft));
        List<CleanImage> images = clean(draft, uploads, problems);
        if (!problems.isEmpty()) {
            throw new InvalidReportException(problems);
        }
        Long reporter = draft.shareIdentity() ? reporterUserId : null;
        String passcode = PasscodeHasher.newPasscode();
        String passcodeHash = PasscodeHasher.hash(passcode);
        CaseCode code = freeCode();
        ReportContent content = new ReportContent(draft.whatHappened(), draft.when(), draft.where(),
                LinkExtractor.links(draft.links()), draft.accounts(), draft.contactName(), draft.contactWay(),
                draft.language());
        Instant now = clock.instant();
        ReportCase reportCase = cases.save(new ReportCase(school.deploymentPk(), code, passcodeHash,
                draft.categories(), Priority.suggestedFor(draft.categories(), draft.dangerNow()), draft.dangerNow(),
                draft.affected(), source, reporter, crypto.sealNew(code, content.toJson()), now));
        int n = 0;
        for (CleanImage image : images) {
            String name = "attachment-" + (++n) + "." + image.type().extension();
            byte[] bytes = image.bytes();
            attachments.save(new ReportAttachment(reportCase, null, name, image.type().mediaType(), bytes.length,
                    crypto.sealAttachment(reportCase, name, bytes), now));
        }
        audit.record(CaseAudit.REPORTER, "report.submitted", reportCase, "code=" + code + "; categories="
                + draft.categories().stream().map(Category::name).sorted().collect(Collectors.joining(","))
                + "; priority=" + reportCase.priority() + "; attachments=" + images.size() + "; source=" + source
                + "; identity=" + (reporter == null ? "anonymous" : "shared"));
        // Internal ids only: the case code is half of the reporter's credential and stays out of the server log.
        EventLog.info(LOG, "report.case.stored", Map.of("caseId", String.valueOf(reportCase.id()), "deploymentPk",
                school.deploymentPk(), "priority", reportCase.priority(), "source", source, "attachments", images.size()));
        return new Receipt(code, passcode, policies.of(school.deploymentPk(), Locale.forLanguageTag(
                draft.language() == null ? "vi" : draft.language())).replyTimeHours());
    }

    private List<CleanImage> clean(ReportDraft draft, List<Upload> uploads, List<FieldProblem> problems) {
        List<Upload> files = uploads == null ? List.of() : uploads.stream().filter(u -> u.size() > 0).toList();
        if (files.isEmpty()) {
            return List.of();
        }
        if (!Category.attachmentsAllowed(draft.categories())) {
            problems.add(new FieldProblem("attachments", "report.attachment.not-allowed"));
            return List.of();
        }
        if (files.size() > config.maxAttachments()) {
            problems.add(new FieldProblem("attachments", "report.attachment.count"));
            return List.of();
        }
        ImageSanitizer sanitizer = new ImageSanitizer(config.maxAttachmentBytes());
        List<CleanImage> images = new ArrayList<>();
        for (Upload upload : files) {
            try {
                images.add(sanitizer.clean(upload.bytes()));
            } catch (AttachmentRejectedException e) {
                problems.add(new FieldProblem("attachments", e.code()));
            }
        }
        return images;
    }

    private CaseCode freeCode() {
        for (int i = 0; i < CODE_ATTEMPTS; i++) {
            CaseCode candidate = CaseCode.random(RANDOM);
            if (!cases.codeExists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No free case code after " + CODE_ATTEMPTS + " attempts.");
    }
}
