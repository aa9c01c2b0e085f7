package org.childsafe.deploy;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.childsafe.lti.audit.AuditEvent;
import org.childsafe.lti.audit.AuditLog;
import org.childsafe.lti.audit.AuditRetention;
import org.childsafe.lti.grades.application.GradeRetention;
import org.childsafe.report.retention.OutboxRetention;
import org.childsafe.urlcheck.stats.WrongVerdictRetention;
import org.childsafe.urlcheck.stats.WrongVerdictStore;

/**
 * A test-only trigger added to the deployed archive by {@link RetentionJobsIT}: it runs what the nightly retention
 * jobs run, in the container with its transactions and data source, after storing one "this is wrong" report older
 * than its period, and prints the results and the retention events of the audit log.
 */
@WebServlet("/test-retention/run")
public class RetentionRunTestServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient GradeRetention grades;

    @Inject
    transient AuditRetention audit;

    @Inject
    transient OutboxRetention outboxes;

    @Inject
    transient WrongVerdictRetention wrongVerdicts;

    @Inject
    transient WrongVerdictStore wrongVerdictStore;

    @Inject
    transient AuditLog log;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        wrongVerdictStore.add(null, "https://retention-it.example/", "UNSAFE", null,
                LocalDate.now(ZoneOffset.UTC).minusDays(181));
        response.setContentType("text/plain");
        PrintWriter out = response.getWriter();
        out.println("grades " + grades.purge());
        out.println("outboxes " + outboxes.purge());
        out.println("wrong-verdicts " + wrongVerdicts.purge());
        out.println("audit " + audit.purge());
        for (AuditEvent e : log.latest()) {
            if (e.action().endsWith(".retention")) {
                out.println("event " + e.actor() + " " + e.action() + " " + e.target() + " " + e.detail());
            }
        }
    }
}
