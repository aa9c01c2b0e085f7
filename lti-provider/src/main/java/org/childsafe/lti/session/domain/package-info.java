/**
 * Who launched: users (per registration), courses, and the tool-side counselor designation per school.
 */
package org.childsafe.lti.session.domain;
