package org.childsafe.report.intake;

import java.util.List;

/** The draft or its attachments cannot be accepted as they are; nothing was stored. */
public class InvalidReportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public InvalidReportException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.code()).toList().toString());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
