/**
 * Web plumbing shared by every page of the suite: language selection, security headers, CSRF guard, and the
 * error pages. Feature pages live in their own modules and use the template {@code /WEB-INF/templates/page.xhtml}.
 */
package org.childsafe.lti.web;
