package org.childsafe.report.triage.domain;

import org.childsafe.report.cases.domain.CaseStatus;

/** A status change the {@link TriageStateMachine} refuses, with a stable code ({@code triage.*}). */
public class TransitionNotAllowedException extends TriageException {

    private static final long serialVersionUID = 1L;

    public TransitionNotAllowedException(String code, CaseStatus from, CaseStatus to) {
        super(code, "Status change " + from + " → " + to + " refused: " + code);
    }
}
