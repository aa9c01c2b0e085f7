/**
 * The reporter's way back: with the case code and passcode from the receipt (no account, no identity) they read
 * the case's status and thread and write to their counselor ({@link org.childsafe.report.receipt.ReporterCaseService}).
 */
package org.childsafe.report.receipt;
