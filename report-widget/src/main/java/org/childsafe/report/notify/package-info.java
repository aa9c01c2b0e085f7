/**
 * E-mail notifications to counselors about new and overdue reports. A notification says only that something is
 * waiting and links to the triage page: no category, no words of the report, no case code. Mails go through a
 * durable outbox ({@code report_mail}) and real SMTP (Jakarta Mail), retried with backoff, so an outage of the
 * mail server delays them and loses none. Recipients are the addresses counselors entered themselves on the
 * triage page ({@code report_counselor_address}); the LMS's e-mail claims are never stored. Design: ADR 0012.
 */
package org.childsafe.report.notify;
