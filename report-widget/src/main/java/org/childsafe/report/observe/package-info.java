/**
 * The report widget's metrics, computed from its own tables: report cases by status (all schools together, see
 * {@link org.childsafe.report.observe.ReportMetrics} for why there is no school label) and the referral and e-mail
 * outboxes' depth and age.
 */
package org.childsafe.report.observe;
