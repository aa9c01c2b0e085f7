package org.childsafe.report.intake;

/**
 * One thing wrong with a draft: the form field and a stable message key ({@code report.error.*}) the page shows
 * in the reporter's language next to the field.
 */
public record FieldProblem(String field, String code) {
}
