/**
 * LTI Deep Linking 2.0 (https://www.imsglobal.org/spec/lti-dl/v2p0): a teacher launched from the platform with an
 * {@code LtiDeepLinkingRequest} picks ChildSafe activities, and the tool answers with a signed
 * {@code LtiDeepLinkingResponse} auto-posted to the platform's {@code deep_link_return_url}. The settings of the
 * request are kept in the session until one response (or a cancel) has been produced: a request is single use.
 */
package org.childsafe.lti.deeplinking;
