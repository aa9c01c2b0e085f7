/**
 * What a school shows before the report form and on the receipt: emergency numbers and guidance, expected reply
 * time, and the school's policies (retention, small-class warning), each the configured default unless the school
 * overrode it.
 */
package org.childsafe.report.guidance;
