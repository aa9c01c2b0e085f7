package org.childsafe.lessons.pack;

import java.util.Objects;

/**
 * One thing wrong with a lesson pack, located precisely enough for an educator to fix it without code:
 * the file inside the pack, the 1-based line and column (0 when the problem is about the file as a whole) and
 * what is wrong, in plain English (the operator log's language).
 *
 * @param file    path inside the pack, e.g. {@code passwords/vi.yaml}
 * @param line    1-based line, 0 when unknown
 * @param column  1-based column, 0 when unknown
 * @param message what is wrong and, where it helps, what is expected
 */
public record PackProblem(String file, int line, int column, String message) {

    public PackProblem {
        Objects.requireNonNull(file, "File is required.");
        Objects.requireNonNull(message, "Message is required.");
    }

    /** {@code file:line:column: message}, the form compilers use, so editors can jump to it. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column + ": " + message : file + ": " + message;
    }
}
