/**
 * The teacher's grade sync status page ({@code /w/grades/index.xhtml}), its access filter (403 for learners), the
 * link widgets include, and the {@link org.childsafe.lti.grades.web.LearnerNames} hook that names learners.
 */
package org.childsafe.lti.grades.web;
