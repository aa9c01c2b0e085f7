/** JDBC implementations of the grade outbox and of the AGS endpoints remembered per resource link. */
package org.childsafe.lti.grades.infrastructure;
