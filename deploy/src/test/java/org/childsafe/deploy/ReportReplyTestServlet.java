package org.childsafe.deploy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.childsafe.lti.registration.domain.Deployment;
import org.childsafe.report.cases.domain.CaseCode;
import org.childsafe.report.cases.domain.ReportCase;
import org.childsafe.report.cases.domain.ReportMessage;
import org.childsafe.report.cases.domain.ReportMessageRepository;
import org.childsafe.report.crypto.CaseCrypto;

/**
 * TEST ONLY, added to the archive by {@link ReportBrowserIT}: stands in for the counselor side (built separately)
 * by writing a counselor reply into a case's thread through the report repositories, as triage will.
 * {@code POST /it/report-reply?code=...&text=...}.
 */
@WebServlet("/it/report-reply")
public class ReportReplyTestServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Writer writer;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        boolean written = writer.reply(request.getParameter("code"), request.getParameter("text"));
        response.setStatus(written ? 204 : 404);
    }

    /** Writes the reply in a transaction. */
    @ApplicationScoped
    @Transactional
    public static class Writer {

        @PersistenceContext(unitName = "childsafe")
        EntityManager em;

        @Inject
        ReportMessageRepository messages;

        @Inject
        CaseCrypto crypto;

        public boolean reply(String code, String text) {
            CaseCode caseCode = CaseCode.parse(code).orElseThrow();
            for (Deployment deployment : em.createQuery("select d from Deployment d", Deployment.class).getResultList()) {
                ReportCase reportCase = em.createQuery("select c from ReportCase c where c.deploymentPk = :d and c.caseCode = :c",
                        ReportCase.class).setParameter("d", deployment.id()).setParameter("c", caseCode.value())
                        .getResultStream().findFirst().orElse(null);
                if (reportCase != null) {
                    long counselor = em.createQuery("select u.id from LtiUser u order by u.id", Long.class)
                            .setMaxResults(1).getSingleResult();
                    messages.save(ReportMessage.fromCounselor(reportCase, counselor,
                            crypto.sealMessage(reportCase, text.getBytes(StandardCharsets.UTF_8)), Instant.now()));
                    return true;
                }
            }
            return false;
        }
    }
}
