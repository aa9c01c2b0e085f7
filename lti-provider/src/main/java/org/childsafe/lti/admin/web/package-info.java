/**
 * The administration's web entry points: the servlet filter that guards {@code /admin/*} pages and
 * {@code /api/admin/*} endpoints, the tool administrator's sign-in page bean, and the answer to an
 * out-of-scope request.
 */
package org.childsafe.lti.admin.web;
