/** Audit records of everything that happens to a report, written to the tool's append-only audit log. */
package org.childsafe.report.audit;
