package org.childsafe.report.triage.application;

import org.childsafe.report.triage.domain.TriageException;

/** Somebody who is not a counselor of the case's school asked for triage ({@code triage.forbidden}, HTTP 403). */
public class TriageAccessDeniedException extends TriageException {

    private static final long serialVersionUID = 1L;

    public TriageAccessDeniedException() {
        super("triage.forbidden", "Only counselors of the school may triage its reports.");
    }
}
