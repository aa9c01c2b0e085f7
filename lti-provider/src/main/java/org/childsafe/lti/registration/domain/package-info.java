/**
 * Platform registrations: which LMS tenants (issuer + client id) may launch the tool, their endpoints, and
 * their deployments (schools).
 */
package org.childsafe.lti.registration.domain;
