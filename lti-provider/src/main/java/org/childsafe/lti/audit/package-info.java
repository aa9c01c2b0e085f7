/**
 * The append-only audit log of administrative actions: who registered, changed or removed a platform, a school
 * (deployment) or a counselor designation, and who signed in as tool administrator. Events are written in the
 * transaction of the change they describe, so a change and its record commit or roll back together. Events
 * name people only by opaque ids, never by a learner's personal data. Events are never edited; they are deleted
 * only by age ({@code tool.audit.retention-days}, five years by default) by a nightly job.
 */
package org.childsafe.lti.audit;
