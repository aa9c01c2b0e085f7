/**
 * Triage use cases for counselors ({@link org.childsafe.report.triage.application.TriageService}): every method
 * takes the counselor's launch identity and checks it first, and every change writes the case chronology and the
 * audit log in the same transaction.
 */
package org.childsafe.report.triage.application;
