package org.childsafe.report.triage.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.childsafe.lti.session.application.LaunchIdentity;
import org.childsafe.lti.session.application.LtiSession;
import org.childsafe.lti.web.LocaleSelector;
import org.childsafe.report.triage.application.CaseFile;
import org.childsafe.report.triage.application.TriageService;
import org.childsafe.report.triage.domain.TriageException;

/**
 * {@code GET /w/report/triage/export?id=…}: the case as a watermarked PDF (behind {@link TriageAccessFilter}; the
 * service checks the school). Reading and exporting are both audited ({@code report.case.view},
 * {@code report.case.export}). The file name is neutral ({@value #FILE_NAME}): no code, no name.
 */
@WebServlet(urlPatterns = "/w/report/triage/export")
public class CaseExportServlet extends HttpServlet {

    static final String FILE_NAME = "childsafe-case.pdf";

    private static final long serialVersionUID = 1L;

    @Inject
    transient TriageService service;

    @Inject
    transient Clock clock;

    @Inject
    transient LocaleSelector locales;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object value = request.getSession(false) == null ? null : request.getSession(false).getAttribute(LtiSession.ATTRIBUTE);
        LaunchIdentity who = value instanceof LaunchIdentity identity ? identity : null;
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            CaseFile file = service.open(who, id);
            service.recordExport(who, id, "pdf");
            Instant now = clock.instant();
            String exporter = (who.staffName() == null ? "counselor #" + who.userId() : who.staffName());
            byte[] pdf = CasePdf.render(file, exporter, now, locales.getLocale());
            response.setContentType("application/pdf");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + FILE_NAME + "\"");
            response.setHeader("Cache-Control", "no-store");
            response.setContentLength(pdf.length);
            response.getOutputStream().write(pdf);
        } catch (TriageException e) {
            response.sendError(e.code().equals("triage.forbidden") ? HttpServletResponse.SC_FORBIDDEN
                    : HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
