package org.childsafe.report.cases.domain;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The public reference of a case, shown to the reporter on the receipt and used by counselors and referrals
 * ({@code K7QM-3XRT}). It is random, says nothing about the school, reporter or time, and together with the
 * passcode is the reporter's only way back to the case.
 *
 * <h2>Format</h2>
 * Eight characters from {@value #ALPHABET} (no 0/O, 1/I/L or U, which children misread or mistype), shown in two
 * groups of four: 30<sup>8</sup> ≈ 6.6·10<sup>11</sup> codes. {@link #parse} accepts lower case, spaces and any
 * dashes, so a code typed from paper works.
 *
 * @param value the canonical form {@code XXXX-XXXX}
 */
public record CaseCode(String value) implements java.io.Serializable {

    /** The characters of a code. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    private static final int LENGTH = 8;
    private static final java.util.regex.Pattern CANONICAL =
            java.util.regex.Pattern.compile("[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}");

    public CaseCode {
        Objects.requireNonNull(value, "Case code is required.");
        if (!CANONICAL.matcher(value).matches()) {
            throw new IllegalArgumentException("A case code is XXXX-XXXX from " + ALPHABET + ".");
        }
    }

    /** A new random code; the caller makes sure it is not taken ({@link ReportCaseRepository#codeExists}). */
    public static CaseCode random(SecureRandom random) {
        StringBuilder code = new StringBuilder(LENGTH + 1);
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new CaseCode(code.toString());
    }

    /** The code a person typed, or empty if it cannot be one. Never throws. */
    public static Optional<CaseCode> parse(String typed) {
        if (typed == null || typed.length() > 32) {
            return Optional.empty();
        }
        StringBuilder compact = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            if (ALPHABET.indexOf(c) < 0 || compact.length() == LENGTH) {
                return Optional.empty();
            }
            compact.append(c);
        }
        if (compact.length() != LENGTH) {
            return Optional.empty();
        }
        return Optional.of(new CaseCode(compact.insert(LENGTH / 2, '-').toString()));
    }

    @Override
    public String toString() {
        return value;
    }
}
