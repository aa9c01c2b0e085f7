/**
 * The teacher dashboard (PRODUCT B5): per lesson and per student completion and score, who has not started (from
 * the course roster through NRPS when the platform offers it), per-question difficulty, grade sync status, charts
 * and a CSV export safe to open in a spreadsheet. Instructors and administrators only.
 */
package org.childsafe.lessons.dashboard;
