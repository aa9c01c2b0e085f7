package org.childsafe.urlcheck.school;

/** CDI event: a school's lists or age policy changed on this instance; cached copies of them are stale. */
public record SchoolListsChanged(long deploymentPk) {
}
