/**
 * Links a reporter enters: split from the text as typed ({@link org.childsafe.report.links.LinkExtractor}) and,
 * when a URL checker is installed, shown with its verdict through the optional port
 * {@link org.childsafe.report.links.LinkVerdicts}. The report widget never fetches a link itself.
 */
package org.childsafe.report.links;
