/** Web side of the LTI session: the guard on widget pages and the session cookie settings for iframes. */
package org.childsafe.lti.session.web;
