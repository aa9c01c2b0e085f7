package org.childsafe.report.triage.application;

import org.childsafe.report.triage.domain.TriageException;

/** No case with this id in the counselor's school (another school's case is "not found" too). */
public class CaseNotFoundException extends TriageException {

    private static final long serialVersionUID = 1L;

    public CaseNotFoundException() {
        super("triage.case_not_found", "No such case in this school.");
    }
}
