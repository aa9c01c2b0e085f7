/**
 * The grade outbox and the AGS endpoints remembered per resource link: plain records and the repository ports
 * that the JDBC infrastructure implements. No CDI, JAX-RS or HTTP here.
 */
package org.childsafe.lti.grades.domain;
