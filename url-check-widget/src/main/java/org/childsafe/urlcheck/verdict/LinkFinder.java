package org.childsafe.urlcheck.verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds link-like tokens in a pasted text: anything with a scheme ({@code https://…}, and also
 * {@code javascript:}/{@code data:} so they are reported as refused rather than silently skipped),
 * {@code www.…}, or a bare name with a dot and a letter-only last label ({@code vietcombank-vn.com/login}).
 * Trailing punctuation of the sentence is not part of the link.
 */
final class LinkFinder {

    record Found(String text, int start, int end) {
    }

    private static final Pattern TOKEN = Pattern.compile(
            "(?i)(?:(?:https?|ftp|file|javascript|data|vbscript):\\S+"
                    + "|(?<![\\p{L}\\p{N}@.-])(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+\\p{L}{2,}(?![\\p{L}\\p{N}-])(?:[:/?]\\S*)?"
                    + "|(?<![\\p{L}\\p{N}.])(?:\\d{1,3}\\.){3}\\d{1,3}(?:[:/?]\\S*)?)");
    private static final String TRAILING = ".,;:!?)]}>\"'»”’…";

    private LinkFinder() {
    }

    /** A closing parenthesis that closes one opened inside the link is part of it ({@code …/Foo_(bar)}). */
    private static boolean balanced(String text, int start, int end) {
        int depth = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        return depth == 0;
    }

    static List<Found> find(String text, int max) {
        List<Found> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (out.size() < max && m.find()) {
            int end = m.end();
            while (end > m.start() + 1 && TRAILING.indexOf(text.charAt(end - 1)) >= 0
                    && !(text.charAt(end - 1) == ')' && balanced(text, m.start(), end))) {
                end--;
            }
            out.add(new Found(text.substring(m.start(), end), m.start(), end));
        }
        return out;
    }
}
