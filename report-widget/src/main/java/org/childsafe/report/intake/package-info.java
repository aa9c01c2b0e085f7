/**
 * Taking a report in: validating the reporter's answers ({@link org.childsafe.report.intake.ReportDraft}),
 * cleaning attachments, encrypting and storing the case, and answering with a
 * {@link org.childsafe.report.intake.Receipt} only after the transaction committed
 * ({@link org.childsafe.report.intake.ReportIntakeService}).
 */
package org.childsafe.report.intake;
