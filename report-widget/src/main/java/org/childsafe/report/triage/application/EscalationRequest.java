package org.childsafe.report.triage.application;

import java.time.LocalDate;
import java.util.List;
import org.childsafe.report.referral.domain.AgeBand;
import org.childsafe.report.referral.domain.LegalBasis;

/**
 * What a counselor fills in to escalate a case to the national network: the facts of the referral (the minimum
 * set) and, only with a legal basis, the child's identity.
 *
 * @param summary      the counselor's factual summary (not the reporter's words)
 * @param links        links involved, one per entry
 * @param accounts     account names involved
 * @param platforms    platforms or apps
 * @param from         first day it happened, or {@code null}
 * @param to           last day, or {@code null}
 * @param approximate  whether the dates are estimates
 * @param province     the school's province or city
 * @param ageBand      the affected child's age band
 * @param schoolActed  whether the school already acted
 * @param contactName  the counselor's name for the network
 * @param contactEmail the counselor's work e-mail
 * @param contactPhone the counselor's work phone
 * @param legalBasis   {@code null} (no identity sent), or why the identity may be sent
 * @param childName    the child's name; only with a legal basis
 * @param childClass   the child's class; only with a legal basis
 */
public record EscalationRequest(String summary, List<String> links, List<String> accounts, List<String> platforms,
        LocalDate from, LocalDate to, boolean approximate, String province, AgeBand ageBand, boolean schoolActed,
        String contactName, String contactEmail, String contactPhone, LegalBasis legalBasis, String childName,
        String childClass) {
}
