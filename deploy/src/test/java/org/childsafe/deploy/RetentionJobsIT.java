package org.childsafe.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The retention jobs in the real suite on Payara Micro: the application starts with their settings validated,
 * each job's work runs in a container transaction on the JTA data source together with its audit event, and an
 * expired "this is wrong" report is really deleted. (The exact rows deleted are covered per module on H2 and
 * PostgreSQL: {@code GradeRetentionIT}, {@code AuditRetentionIT}, {@code OutboxRetentionIT},
 * {@code WrongVerdictRetentionIT}.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RetentionJobsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SuiteDeployment.war().addClass(RetentionRunTestServlet.class);
    }

    @Test
    void eachRetentionRunDeletesWhatExpiredAndIsAuditedWithCountsOnly() throws Exception {
        ToolClient client = new ToolClient(SuiteDeployment.baseUrl());

        HttpResponse<String> run = client.get("/test-retention/run");

        assertThat(run.statusCode()).isEqualTo(200);
        assertThat(run.body()).contains("grades Purged[sent=0, superseded=0, failed=0]")
                .contains("outboxes Purged[sentMails=0, deadMails=0, referralPayloads=0]")
                .contains("wrong-verdicts 1")
                .contains("event system grades.retention tool sent=0 (90d); superseded=0 (90d); failed=0 (365d)")
                .contains("event system report.outbox.retention tool mail.sent=0, mail.dead=0 (30d); referral.payloads=0 (30d)")
                .contains("event system urlcheck.wrong-verdict.retention tool deleted=1 (180d)")
                .contains("event system audit.retention tool deleted=0 (1825d)")
                .doesNotContain("retention-it.example");
    }
}
