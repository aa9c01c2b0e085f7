/** JPA adapters for users, courses and counselor designations. */
package org.childsafe.lti.session.infrastructure;
