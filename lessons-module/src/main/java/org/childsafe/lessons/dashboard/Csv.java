package org.childsafe.lessons.dashboard;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV (RFC 4180) that is also safe to open in a spreadsheet: a cell starting with {@code =}, {@code +}, {@code -},
 * {@code @}, tab or carriage return would be read as a formula (CSV injection, OWASP), so it gets a leading
 * apostrophe; every cell is quoted and inner quotes doubled.
 */
public final class Csv {

    private Csv() {
    }

    public static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    public static String row(List<?> values) {
        return values.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }
}
