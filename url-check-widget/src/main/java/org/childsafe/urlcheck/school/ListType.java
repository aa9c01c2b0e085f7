package org.childsafe.urlcheck.school;

/** Which of a school's two lists an entry belongs to. An allowed entry beats every feed and every block entry. */
public enum ListType {
    /** Always SAFE for this school, whatever the feeds say. */
    ALLOW,
    /** Always UNSAFE for this school. */
    BLOCK
}
