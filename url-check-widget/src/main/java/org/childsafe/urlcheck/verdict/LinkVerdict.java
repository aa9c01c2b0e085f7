package org.childsafe.urlcheck.verdict;

/**
 * One link found in a pasted text and its verdict.
 *
 * @param link      the link as it appears in the text
 * @param start     its offset in the text (chars)
 * @param end       offset after it
 * @param verdict   the verdict, or {@code null} when the link could not be checked
 * @param errorCode the {@link org.childsafe.urlcheck.canonical.InvalidUrlException#code()} when it could not
 *                  be checked (e.g. a {@code javascript:} link), else {@code null}
 */
public record LinkVerdict(String link, int start, int end, Verdict verdict, String errorCode) {
}
