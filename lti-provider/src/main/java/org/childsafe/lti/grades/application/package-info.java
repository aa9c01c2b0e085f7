/**
 * The grade passback use cases: {@link org.childsafe.lti.grades.application.GradeService} (the public API widgets
 * use), the dispatcher that drains the outbox, the classification of platform failures into stable
 * {@code ags.*} codes and retry decisions, and the backoff.
 */
package org.childsafe.lti.grades.application;
