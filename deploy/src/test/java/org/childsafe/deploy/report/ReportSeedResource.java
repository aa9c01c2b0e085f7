package org.childsafe.deploy.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.childsafe.lti.registration.application.SchoolDirectory;
import org.childsafe.lti.session.application.LaunchIdentity;
import org.childsafe.lti.session.application.LtiSession;
import org.childsafe.report.cases.domain.AffectedPerson;
import org.childsafe.report.cases.domain.Answer;
import org.childsafe.report.cases.domain.Category;
import org.childsafe.report.cases.domain.ReportSource;
import org.childsafe.report.intake.Receipt;
import org.childsafe.report.intake.ReportDraft;
import org.childsafe.report.intake.ReportIntakeService;

/**
 * TEST ONLY (added to the archive by {@code ReportTriageFlowIT}, never part of the suite): submits one anonymous
 * report to the school of the calling session through the real intake service, as the report form would, and
 * answers its case code. Keeps the flow test about triage rather than about the intake form's pages.
 */
@Path("it/report-seed")
@RequestScoped
public class ReportSeedResource {

    @Inject
    LtiSession session;

    @Inject
    SchoolDirectory schools;

    @Inject
    ReportIntakeService intake;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.TEXT_PLAIN)
    public Response seed(String ignored) {
        LaunchIdentity who = session.identity().orElseThrow();
        Receipt receipt = intake.submit(schools.byDeployment(who.deploymentPk()).orElseThrow(),
                new ReportDraft(Set.of(Category.MALICIOUS_GROUP, Category.HARASSMENT),
                        "A Telegram group SECRET-GROUP-77 posts edited photos of me and says they will post more.",
                        "last week", "Telegram", "https://t.me/secret_group_77", "@secret_admin", AffectedPerson.ME,
                        Answer.NO, false, null, null, "en"),
                List.of(), null, ReportSource.LAUNCH);
        return Response.ok(receipt.code().value()).build();
    }
}
