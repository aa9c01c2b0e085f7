package org.childsafe.urlcheck.verdict;

import java.util.Map;
import java.util.Objects;

/**
 * What a check is judged against: the child's age band, the school's per-category ratings (overriding
 * {@link AgePolicy#defaults(AgeBand)}) and the school's own lists.
 *
 * @param band            the age band
 * @param categoryRatings ratings per category id that differ from the defaults (may be empty)
 * @param schoolLists     the school's allow/block lists ({@link SchoolLists#NONE} for none)
 */
public record CheckPolicy(AgeBand band, Map<String, Rating> categoryRatings, SchoolLists schoolLists) {

    public CheckPolicy {
        Objects.requireNonNull(band, "Age band is required.");
        categoryRatings = Map.copyOf(categoryRatings);
        Objects.requireNonNull(schoolLists, "School lists are required (use SchoolLists.NONE).");
    }

    /** @return the default policy of a band: no school overrides, no school lists */
    public static CheckPolicy defaults(AgeBand band) {
        return new CheckPolicy(band, Map.of(), SchoolLists.NONE);
    }

    /** @return the rating of a category under this policy */
    public Rating ratingOf(String category) {
        return AgePolicy.ratingOf(category, band, categoryRatings);
    }
}
