/**
 * The reporter's pages: the school's public report page {@code /p/report/<publicId>} (no LMS login), the widget
 * page after a launch {@code /w/report/index.xhtml}, and the pages to come back with code and passcode
 * ({@code /p/report/<publicId>/case}, {@code /w/report/case.xhtml}). Faces beans are view-scoped; forms are
 * protected by Faces' server-side view state.
 */
package org.childsafe.report.web;
