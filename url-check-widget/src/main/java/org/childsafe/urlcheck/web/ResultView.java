package org.childsafe.urlcheck.web;

import java.io.Serializable;
import java.util.List;

/**
 * One checked link as the page shows it, with every text already in the page's language. A record of plain
 * strings so the view state stays small and serialisable; pages call the accessors ({@code r.title()}) since
 * EL 5 has no record properties.
 *
 * @param input        the link as found in the input
 * @param rating       SAFE, CAUTION or UNSAFE, or {@code null} when the link could not be checked
 * @param title        the rating in words
 * @param advice       what to do
 * @param reasons      why, one sentence each
 * @param lookalike    the real site this link imitates, or {@code null}
 * @param matches      the feed entries that matched
 * @param displayHost  the host as a person reads it
 * @param canonicalUrl the link in canonical form (what a report or a "this is wrong" note refers to)
 * @param freshness    how current the lists are
 * @param reportUrl    the report widget pre-filled with this link
 * @param error        why the link could not be checked, or {@code null}
 */
public record ResultView(String input, String rating, String title, String advice, List<String> reasons,
        String lookalike, List<MatchView> matches, String displayHost, String canonicalUrl, String freshness,
        String reportUrl, String error) implements Serializable {

    public ResultView {
        reasons = List.copyOf(reasons);
        matches = List.copyOf(matches);
    }

    /** A feed entry that matched, for the "why" details. */
    public record MatchView(String category, String source, String entry, String licence, String date)
            implements Serializable {
    }

    /** The CSS modifier of the rating: {@code cs-verdict-safe}, …, or {@code cs-verdict-error}. */
    public String css() {
        return rating == null ? "cs-verdict-error" : "cs-verdict-" + rating.toLowerCase(java.util.Locale.ROOT);
    }

    /** The icon drawn next to the words (decorative: the words say the same). */
    public String icon() {
        if (rating == null) {
            return "?";
        }
        return switch (rating) {
            case "SAFE" -> "\u2714";
            case "CAUTION" -> "\u26A0";
            default -> "\u2716";
        };
    }
}
