/**
 * Names and Role Provisioning Services 2.0 (https://www.imsglobal.org/spec/lti-nrps/v2p0): the launch claim
 * ({@link org.childsafe.lti.services.nrps.NrpsEndpoint}) and the membership client
 * ({@link org.childsafe.lti.services.nrps.NrpsClient}) that pages through a course roster. Members' names are
 * only held in memory for display; nothing here stores them.
 */
package org.childsafe.lti.services.nrps;
