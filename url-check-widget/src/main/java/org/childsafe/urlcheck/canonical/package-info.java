/**
 * Turns whatever a child pastes into the one canonical URL that Google Safe Browsing v4 defines
 * ("URLs and Hashing", https://developers.google.com/safe-browsing/v4/urls-hashing), the host-suffix ×
 * path-prefix lookup expressions derived from it, and its registrable domain by the Public Suffix List.
 *
 * <p>Everything here is pure, allocation-light and thread-safe: it runs on the request path of every check.
 */
package org.childsafe.urlcheck.canonical;
