package org.childsafe.report.guidance;

/**
 * The emergency guidance and policies one school shows and applies.
 *
 * @param police            number for immediate danger (default 113)
 * @param childLine         national child protection line, 24/7, free (default 111)
 * @param extraText         the school's own guidance text in the page's language, or {@code null}
 * @param replyTimeHours    when a reporter can expect a first reply
 * @param retentionMonths   how long closed cases are kept
 * @param smallClassMinimum below this many known learners in the course, warn the reporter
 */
public record Guidance(String police, String childLine, String extraText, int replyTimeHours, int retentionMonths,
        int smallClassMinimum) implements java.io.Serializable {

    /** The {@code tel:} link of a number (digits and + only). */
    public static String tel(String number) {
        return "tel:" + number.replaceAll("[^0-9+]", "");
    }

    public String policeTel() {
        return tel(police);
    }

    public String childLineTel() {
        return tel(childLine);
    }
}
