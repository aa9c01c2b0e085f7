package org.childsafe.report.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import org.childsafe.lti.registration.application.SchoolDirectory;
import org.childsafe.lti.session.application.LtiSession;
import org.childsafe.report.abuse.ReportLimits;
import org.childsafe.report.intake.FieldProblem;
import org.childsafe.report.intake.InvalidReportException;
import org.childsafe.report.receipt.CaseAccessDeniedException;
import org.childsafe.report.receipt.ReporterCaseService;
import org.childsafe.report.receipt.ReporterView;

/**
 * The reporter's return page ({@code /p/report/<publicId>/case}, {@code /w/report/case.xhtml}): code and
 * passcode open the case; then the reporter reads the thread and writes. The passcode stays in this view (server
 * side) so each action can prove access again; it is never put in a page, URL or log. Attempts are rate-limited
 * per code and per source, and a refusal says so, keeping what was typed.
 */
@Named
@ViewScoped
public class ReporterCase implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SchoolDirectory schools;
    @Inject
    transient LtiSession session;
    @Inject
    transient ReporterCaseService service;
    @Inject
    transient ReportLimits limits;
    @Inject
    transient org.childsafe.report.guidance.SchoolPolicies policies;

    private String school;
    private SchoolContext context;
    private String code;
    private String passcode;
    private ReporterView view;
    private String message;

    /** {@code f:viewAction}: resolves the school once per view. */
    public void load() {
        if (context == null) {
            context = (school != null
                    ? SchoolContext.forPublicPage(schools, school)
                    : SchoolContext.forLaunch(session, schools)).orElse(null);
        }
    }

    public void open() {
        if (context == null) {
            return;
        }
        if (!limits.allowAccess(source(), code)) {
            ReportTexts.error(null, "report.limited.access");
            return;
        }
        try {
            view = service.open(context.deploymentPk(), code, passcode);
        } catch (CaseAccessDeniedException e) {
            ReportTexts.error(null, "report.access.denied");
        }
    }

    public void send() {
        if (context == null || view == null) {
            return;
        }
        if (!limits.allowMessage(view.code().value())) {
            ReportTexts.error(null, "report.limited.message");
            return;
        }
        try {
            view = service.post(context.deploymentPk(), code, passcode, message);
            message = null;
            ReportTexts.info("case.sent");
        } catch (InvalidReportException e) {
            for (FieldProblem problem : e.problems()) {
                ReportTexts.error(null, problem.code());
            }
        } catch (CaseAccessDeniedException e) {
            view = null;
            ReportTexts.error(null, "report.access.denied");
        }
    }

    /** Forgets code, passcode and thread in this view. */
    public void close() {
        code = null;
        passcode = null;
        view = null;
        message = null;
    }

    private String source() {
        return limits.source(((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr());
    }

    public org.childsafe.report.guidance.Guidance getGuidance() {
        return policies.of(context == null ? 0 : context.deploymentPk(),
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String getFormLink() {
        return context != null && context.launched() ? "/w/report/index.xhtml" : "/p/report/" + school;
    }

    public SchoolContext getContext() {
        return context;
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPasscode() {
        return null;
    }

    public void setPasscode(String passcode) {
        if (passcode != null && !passcode.isBlank()) {
            this.passcode = passcode;
        }
    }

    public ReporterView getView() {
        return view;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public int getMaxMessageChars() {
        return org.childsafe.report.cases.domain.ReportMessage.MAX_BODY_CHARS;
    }
}
