/** JPA adapters for platform registrations. */
package org.childsafe.lti.registration.infrastructure;
