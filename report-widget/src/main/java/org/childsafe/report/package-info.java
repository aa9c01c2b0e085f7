/** The Report a problem widget: its plug-in entry point ({@link org.childsafe.report.ReportWidget}) and pages under {@code /w/report/}. */
package org.childsafe.report;
