/**
 * The deep-linking picker: the page {@code /dl/pick.xhtml} a teacher lands on after an {@code LtiDeepLinkingRequest},
 * and the filter that opens it only to a session with an unanswered request.
 */
package org.childsafe.lti.deeplinking.web;
