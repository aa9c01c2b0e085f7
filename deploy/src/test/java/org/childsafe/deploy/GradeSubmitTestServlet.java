package org.childsafe.deploy;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.childsafe.lti.grades.application.GradeRequest;
import org.childsafe.lti.grades.application.GradeService;
import org.childsafe.lti.grades.application.GradeSyncStatus;
import org.childsafe.lti.grades.application.LineItemHint;
import org.childsafe.lti.session.application.LtiSession;

/**
 * A test-only "widget" added to the deployed archive by {@link GradePassbackFlowIT}: it submits a score for the
 * launched user through the public {@link GradeService} API, as a real widget does when a learner finishes. Under
 * {@code /w/} so it needs a launched session like every widget page.
 */
@WebServlet("/w/test-grade/submit")
public class GradeSubmitTestServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient GradeService grades;

    @Inject
    transient LtiSession session;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        double score = Double.parseDouble(request.getParameter("score"));
        GradeSyncStatus status = grades.submit(session.identity().orElseThrow(),
                GradeRequest.completed(score, 100, new LineItemHint("Safety lessons", "lessons", "lesson")));
        response.setContentType("text/plain");
        response.getWriter().write(status.state() + " " + status.submissionId());
    }
}
