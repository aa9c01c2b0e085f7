package org.childsafe.report.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.childsafe.lti.launch.domain.ToolRole;
import org.childsafe.lti.registration.application.SchoolDirectory;
import org.childsafe.lti.session.application.LaunchIdentity;
import org.childsafe.lti.session.application.LtiSession;
import org.childsafe.report.abuse.ReportLimits;
import org.childsafe.report.cases.domain.AffectedPerson;
import org.childsafe.report.cases.domain.Answer;
import org.childsafe.report.cases.domain.Category;
import org.childsafe.report.cases.domain.ReportSource;
import org.childsafe.report.classsize.ClassSizes;
import org.childsafe.report.config.ReportConfig;
import org.childsafe.report.guidance.Guidance;
import org.childsafe.report.guidance.SchoolPolicies;
import org.childsafe.report.intake.FieldProblem;
import org.childsafe.report.intake.InvalidReportException;
import org.childsafe.report.intake.Receipt;
import org.childsafe.report.intake.ReportDraft;
import org.childsafe.report.intake.ReportIntakeService;
import org.childsafe.report.intake.Upload;
import org.childsafe.report.links.LinkChecks;
import org.childsafe.report.links.LinkVerdict;

/**
 * The multi-step report form ({@code /p/report/<publicId>} and {@code /w/report/index.xhtml}).
 *
 * <h2>Steps</h2>
 * {@value #SAFETY} emergency guidance and "is anyone in danger now?" (before any field), {@value #EMERGENCY} the
 * emergency screen, {@value #CATEGORIES} what it is about (the only required step), {@value #DETAILS} what, when,
 * where, {@value #WHO} who is affected and whether to share identity, {@value #REVIEW} check, screenshots and send,
 * {@value #RECEIPT} the receipt. Navigation is plain postbacks (no script needed); everything typed stays in the
 * view until the report is sent, including when sending is refused or rate-limited.
 *
 * <h2>Acknowledgement</h2>
 * The receipt is shown only from the return value of {@link ReportIntakeService#submit}, which returns after the
 * commit.
 */
@Named
@ViewScoped
public class ReportForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ReportForm.class.getName());

    public static final int SAFETY = 0;
    public static final int EMERGENCY = 1;
    public static final int CATEGORIES = 2;
    public static final int DETAILS = 3;
    public static final int WHO = 4;
    public static final int REVIEW = 5;
    public static final int RECEIPT = 6;

    @Inject
    transient SchoolDirectory schools;
    @Inject
    transient LtiSession session;
    @Inject
    transient ReportIntakeService intake;
    @Inject
    transient SchoolPolicies policies;
    @Inject
    transient LinkChecks linkChecks;
    @Inject
    transient ReportLimits limits;
    @Inject
    transient ReportConfig config;
    @Inject
    transient ClassSizes classSizes;

    private String school;
    private SchoolContext context;
    private boolean smallClass;
    private boolean unavailable;
    private int step = SAFETY;
    private Answer dangerNow = Answer.DONT_KNOW;
    private List<String> categories = new ArrayList<>();
    private String whatHappened;
    private String when;
    private String where;
    private String links;
    private String accounts;
    private AffectedPerson affected = AffectedPerson.DONT_KNOW;
    private boolean shareIdentity;
    private String contactName;
    private String contactWay;
    private transient List<Part> files;
    private List<LinkVerdict> verdicts = List.of();
    private Receipt receipt;

    // Loading -------------------------------------------------------------------------------------------------------

    /**
     * {@code f:viewAction}: resolves the school (404 if unknown) once per view. When the school cannot be looked up
     * because the database is away, the page answers 503 with {@code Retry-After} and shows the emergency numbers
     * (the configured ones) and "try again in a few minutes" instead of the general error page, which has no numbers.
     */
    public void load() {
        if (context != null) {
            return;
        }
        try {
            context = (school != null
                    ? SchoolContext.forPublicPage(schools, school)
                    : SchoolContext.forLaunch(session, schools)).orElse(null);
        } catch (RuntimeException away) {
            LOG.log(Level.WARNING, "The report page could not look its school up ({0}); it answered 503 with the "
                    + "emergency numbers.", away.getClass().getSimpleName());
            unavailable = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(503);
            FacesContext.getCurrentInstance().getExternalContext().setResponseHeader("Retry-After", "60");
            return;
        }
        if (context != null && context.launched()) {
            session.identity().filter(launch -> launch.contextPk() != null).ifPresent(launch -> {
                if (launch.userId() != null && launch.has(ToolRole.LEARNER)) {
                    classSizes.recordLearner(launch.contextPk(), launch.userId());
                }
                smallClass = classSizes.isSmall(launch.contextPk(), guidance().smallClassMinimum());
            });
        }
    }

    // Navigation ----------------------------------------------------------------------------------------------------

    public void dangerYes() {
        dangerNow = Answer.YES;
        step = EMERGENCY;
    }

    public void dangerNo() {
        dangerNow = Answer.NO;
        step = CATEGORIES;
    }

    public void dangerUnsure() {
        dangerNow = Answer.DONT_KNOW;
        step = CATEGORIES;
    }

    /** From the emergency screen: the reporter is safe enough to write. */
    public void continueReport() {
        step = CATEGORIES;
    }

    public void next() {
        if (step == CATEGORIES && categories.isEmpty()) {
            ReportTexts.error("report:categories", "report.error.categories");
            return;
        }
        if (step == DETAILS) {
            verdicts = linkChecks.check(links, locale());
        }
        step = Math.min(REVIEW, step + 1);
    }

    public void back() {
        step = step == CATEGORIES ? SAFETY : Math.max(SAFETY, step - 1);
    }

    /** Sends the report; on any refusal the reporter stays on the review step with everything they typed. */
    public void submit() {
        if (context == null || step != REVIEW) {
            return;
        }
        String source = limits.source(request().getRemoteAddr());
        if (!limits.allowSubmission(source)) {
            ReportTexts.error(null, "report.limited.submit", limits.submissionRetryMinutes(source),
                    guidance().police(), guidance().childLine());
            return;
        }
        List<Upload> uploads;
        try {
            uploads = uploads();
        } catch (IOException e) {
            ReportTexts.error("report:files", "report.attachment.unreadable");
            return;
        }
        try {
            receipt = intake.submit(schools.byDeployment(context.deploymentPk()).orElseThrow(), draft(), uploads,
                    reporterUserId(), context.launched() ? ReportSource.LAUNCH : ReportSource.PUBLIC_PAGE);
            step = RECEIPT;
            clearAnswers();
        } catch (InvalidReportException e) {
            for (FieldProblem problem : e.problems()) {
                ReportTexts.error(null, problem.code());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "A report could not be stored ({0}); the reporter was told to try again.",
                    e.getClass().getSimpleName());
            ReportTexts.error(null, "report.error.not-stored", guidance().police(), guidance().childLine());
        }
    }

    // Helpers -------------------------------------------------------------------------------------------------------

    private ReportDraft draft() {
        Set<Category> chosen = EnumSet.noneOf(Category.class);
        for (String name : categories) {
            Arrays.stream(Category.values()).filter(c -> c.name().equals(name)).forEach(chosen::add);
        }
        return new ReportDraft(chosen, whatHappened, when, where, links, accounts, affected, dangerNow, shareIdentity,
                contactName, contactWay, locale().getLanguage());
    }

    /** Only when the reporter opted in, and only after a launch: the LMS user. Never from a public page. */
    private Long reporterUserId() {
        if (!shareIdentity || !context.launched()) {
            return null;
        }
        return session.identity().map(LaunchIdentity::userId).orElse(null);
    }

    private List<Upload> uploads() throws IOException {
        List<Upload> result = new ArrayList<>();
        if (files == null) {
            return result;
        }
        for (Part part : files) {
            if (part.getSize() <= 0) {
                continue;
            }
            if (part.getSize() > config.maxAttachmentBytes()) {
                result.add(new Upload(new byte[config.maxAttachmentBytes() + 1]));
                continue;
            }
            try (InputStream in = part.getInputStream()) {
                result.add(new Upload(in.readAllBytes()));
            } finally {
                part.delete();
            }
        }
        return result;
    }

    private void clearAnswers() {
        categories = new ArrayList<>();
        whatHappened = when = where = links = accounts = contactName = contactWay = null;
        files = null;
        verdicts = List.of();
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    // Page properties -----------------------------------------------------------------------------------------------

    public Guidance guidance() {
        return policies.of(context == null ? 0 : context.deploymentPk(), locale());
    }

    public Guidance getGuidance() {
        return guidance();
    }

    public List<Category> getAllCategories() {
        return List.of(Category.values());
    }

    public List<AffectedPerson> getAffectedChoices() {
        return List.of(AffectedPerson.values());
    }

    /** Whether the chosen categories allow screenshots (never with sexual abuse or exploitation). */
    public boolean isFilesAllowed() {
        return !categories.contains(Category.SEXUAL_ABUSE.name()) && config.maxAttachments() > 0;
    }

    public boolean isSexualCategory() {
        return categories.contains(Category.SEXUAL_ABUSE.name());
    }

    public boolean isLinkCheckerInstalled() {
        return linkChecks.available();
    }

    public int getMaxFiles() {
        return config.maxAttachments();
    }

    public long getMaxFileMegabytes() {
        return Math.max(1, config.maxAttachmentBytes() / (1024 * 1024));
    }

    public String getCaseLink() {
        return context != null && context.launched() ? "/w/report/case.xhtml" : "/p/report/" + school + "/case";
    }

    public SchoolContext getContext() {
        return context;
    }

    /** Whether the page could not load its school (database away) and shows only the emergency guidance. */
    public boolean isUnavailable() {
        return unavailable;
    }

    public boolean isSmallClass() {
        return smallClass;
    }

    public boolean isLaunched() {
        return context != null && context.launched();
    }

    public int getStep() {
        return step;
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    public Answer getDangerNow() {
        return dangerNow;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories == null ? new ArrayList<>() : new ArrayList<>(categories);
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public void setWhatHappened(String whatHappened) {
        this.whatHappened = whatHappened;
    }

    public String getWhen() {
        return when;
    }

    public void setWhen(String when) {
        this.when = when;
    }

    public String getWhere() {
        return where;
    }

    public void setWhere(String where) {
        this.where = where;
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

    public String getAffected() {
        return affected.name();
    }

    public void setAffected(String affected) {
        this.affected = Arrays.stream(AffectedPerson.values()).filter(a -> a.name().equals(affected)).findFirst()
                .orElse(AffectedPerson.DONT_KNOW);
    }

    public boolean isShareIdentity() {
        return shareIdentity;
    }

    public void setShareIdentity(boolean shareIdentity) {
        this.shareIdentity = shareIdentity;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactWay() {
        return contactWay;
    }

    public void setContactWay(String contactWay) {
        this.contactWay = contactWay;
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
    }

    public List<LinkVerdict> getVerdicts() {
        return verdicts;
    }

    public Receipt getReceipt() {
        return receipt;
    }

    public int getTextChars() {
        return config.textChars();
    }
}
