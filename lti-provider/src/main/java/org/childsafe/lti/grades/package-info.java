/**
 * Durable Assignment and Grade Services (AGS 2.0) score passback. A widget hands a learner's score to
 * {@link org.childsafe.lti.grades.application.GradeService}, which only writes it to an outbox table in the
 * caller's transaction; a dispatcher on a managed executor later claims due rows under a lease (so several
 * instances on one database never send a row twice), finds or creates the gradebook column, posts the score
 * and records SENT, a retry with exponential backoff and jitter, or a final FAILED with a stable reason the
 * teacher sees on {@code /w/grades/index.xhtml}. Design: ADR 0008.
 */
package org.childsafe.lti.grades;
