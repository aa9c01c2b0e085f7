package org.childsafe.lessons.dashboard;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.childsafe.lessons.pack.Lesson;
import org.childsafe.lti.session.application.LaunchIdentity;
import org.childsafe.lti.session.application.LtiSession;
import org.childsafe.lti.web.LocaleSelector;

/**
 * {@code GET /w/lessons/export.csv?lesson=…}: the dashboard's student and question tables of one lesson as CSV
 * (UTF-8 with BOM so spreadsheets show Vietnamese correctly; cells made formula-safe by {@link Csv}). Under
 * {@code /w/}, so only inside a launched session; 403 with {@value Dashboard#FORBIDDEN} for non-staff. A read, so
 * no CSRF token is needed; each export is recorded in the audit log ({@value ClassProgressService#AUDIT_EXPORT}).
 */
@WebServlet(urlPatterns = "/w/lessons/export.csv")
public class DashboardCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ClassProgressService progress;

    @Inject
    transient LtiSession ltiSession;

    @Inject
    transient LocaleSelector locales;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LaunchIdentity identity = ltiSession.getIdentity();
        if (!ClassProgressService.mayView(identity)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(Dashboard.FORBIDDEN);
            return;
        }
        Locale locale = locales.getLocale();
        ClassProgress view = progress.export(identity, request.getParameter("lesson"), locale,
                id -> Dashboard.label(locale, id));
        Lesson lesson = view.lesson();
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"childsafe-lesson-"
                + (lesson == null ? "none" : lesson.id()) + ".csv\"");
        PrintWriter out = response.getWriter();
        out.write('\uFEFF');
        out.write(Csv.row(List.of("lesson", "student", "status", "score", "attempts", "last_activity", "grade_sync",
                "grade_error")));
        for (StudentRow row : view.students()) {
            out.write(Csv.row(java.util.Arrays.asList(lesson.id(), row.label(), row.status(), row.score(),
                    row.attempts(), row.lastActivity(), row.gradeState(), row.gradeError())));
        }
        out.write("\r\n");
        out.write(Csv.row(List.of("lesson", "question", "prompt", "answers", "percent_correct")));
        for (QuestionRow row : view.questions()) {
            out.write(Csv.row(java.util.Arrays.asList(lesson.id(), row.questionId(), row.prompt(), row.answers(),
                    row.correctPercent())));
        }
    }
}
