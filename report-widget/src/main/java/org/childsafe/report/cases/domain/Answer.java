package org.childsafe.report.cases.domain;

/** A yes / no question a child may not be able to answer: "I don't know" is always a valid answer. */
public enum Answer {
    YES,
    NO,
    DONT_KNOW
}
