package org.childsafe.urlcheck.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of a verdict answer, for the OpenAPI document only ({@link VerdictJson} writes it).
 *
 * @param rating            SAFE, CAUTION or UNSAFE (stable)
 * @param title             the rating in words, in the request's language
 * @param advice            what to do, in the request's language
 * @param ageBand           the band the verdict is for
 * @param canonicalUrl      the link in canonical form
 * @param host              canonical host (ASCII)
 * @param displayHost       host as a person reads it (Unicode)
 * @param registrableDomain by the Public Suffix List; absent for IP addresses
 * @param reasons           why: {@code code} (stable), {@code args}, {@code text}
 * @param matches           feed entries that matched: source, category, categoryName, entry, rating, licence,
 *                          fetchedAt, version
 * @param freshness         loaded, snapshotVersion, builtAt, oldestSource
 */
@Schema(name = "Verdict")
record VerdictDoc(@Schema(enumeration = {"SAFE", "CAUTION", "UNSAFE"}) String rating, String title, String advice,
        String ageBand, String canonicalUrl, String host, String displayHost, String registrableDomain,
        List<Object> reasons, List<Object> matches, Object freshness) {
}
