/**
 * Abuse protection for anonymous reporting without turning away a child in need: rate limits per source and per
 * case code, in memory, with sources known only by a salted hash of their address that is never stored
 * ({@link org.childsafe.report.abuse.ReportLimits}).
 */
package org.childsafe.report.abuse;
