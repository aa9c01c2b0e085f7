/**
 * The session a launch opens: records the user and course after validation and keeps the resulting
 * {@link org.childsafe.lti.session.application.LaunchIdentity} in the HTTP session.
 */
package org.childsafe.lti.session.application;
