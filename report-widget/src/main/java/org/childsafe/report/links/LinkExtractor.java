package org.childsafe.report.links;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits the reporter's "links" text into the addresses it lists: one per line, or separated by spaces or commas.
 * Anything that looks like a host or an address is kept as typed (children write {@code facebook.com/abc}
 * without a scheme); words without a dot are not links. Nothing is resolved or fetched.
 */
public final class LinkExtractor {

    private static final int MAX_LINK_CHARS = 2000;

    private LinkExtractor() {
    }

    /** The distinct links in {@code text}, in order. */
    public static List<String> links(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        for (String token : text.split("[\\s,;<>\"]+")) {
            String candidate = token.strip();
            if (candidate.length() >= 4 && candidate.length() <= MAX_LINK_CHARS && looksLikeLink(candidate)) {
                found.add(candidate);
            }
        }
        return new ArrayList<>(found);
    }

    private static boolean looksLikeLink(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return true;
        }
        int slash = lower.indexOf('/');
        String host = slash < 0 ? lower : lower.substring(0, slash);
        return host.contains(".") && !host.startsWith(".") && !host.endsWith(".") && host.chars().allMatch(
                c -> Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == ':');
    }
}
