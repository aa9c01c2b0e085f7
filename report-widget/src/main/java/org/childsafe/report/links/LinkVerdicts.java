package org.childsafe.report.links;

import java.util.Locale;

/**
 * Optional port to the URL checker (url-check-widget). When a CDI bean implements it, the report form shows its
 * verdict next to each link the reporter entered; when none is installed the form says links will be looked at
 * by a counselor.
 *
 * <h2>Contract for implementations</h2>
 * <ul>
 * <li>Never fetch, resolve or open the link: judge it from lists and rules only (a reporter's link may be abuse
 * material or a trap that tells its owner someone looked).</li>
 * <li>Answer quickly (the reporter waits) and never throw for a malformed link: answer {@link
 * LinkVerdict.Level#UNKNOWN}.</li>
 * <li>Do not log the link with anything that identifies the reporter.</li>
 * </ul>
 */
public interface LinkVerdicts {

    /** The verdict on {@code link} as typed, explained in {@code locale}. */
    LinkVerdict verdict(String link, Locale locale);
}
