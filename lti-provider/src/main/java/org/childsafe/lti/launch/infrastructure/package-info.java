/**
 * Database adapters of the launch ports: login states and nonces (cluster-wide, single use), the registration
 * directory, and their housekeeping.
 */
package org.childsafe.lti.launch.infrastructure;
