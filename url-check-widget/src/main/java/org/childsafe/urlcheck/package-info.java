/** The Link checker widget: its plug-in entry point ({@link org.childsafe.urlcheck.UrlCheckWidget}) and pages under {@code /w/urlcheck/}. */
package org.childsafe.urlcheck;
