/**
 * The counselor pages: the queue ({@code /w/report/triage/queue.xhtml}), one case
 * ({@code /w/report/triage/case.xhtml?id=…}), statistics ({@code /w/report/triage/stats.xhtml}) and the PDF export
 * ({@code /w/report/triage/export?id=…}), all behind {@link org.childsafe.report.triage.web.TriageAccessFilter}.
 */
package org.childsafe.report.triage.web;
