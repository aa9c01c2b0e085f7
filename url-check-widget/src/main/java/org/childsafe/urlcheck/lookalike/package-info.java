/**
 * Look-alike checks on a link's host: mixed scripts and confusable characters (Unicode TR39 via ICU4J
 * {@code SpoofChecker}), skeleton equality and small edit distance against protected domains (Vietnamese
 * banks and e-wallets, gov.vn portals, school platforms, popular sites), and known link shorteners. They
 * produce warnings, never blocks, and never flag a Vietnamese name for its diacritics.
 */
package org.childsafe.urlcheck.lookalike;
