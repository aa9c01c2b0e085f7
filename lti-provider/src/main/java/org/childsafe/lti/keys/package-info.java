/**
 * The tool's own RS256 signing keys (LTI checklist §2.4): generated here, stored encrypted at rest in
 * {@code tool_key}, rotated through NEXT → CURRENT → PREVIOUS → RETIRED, and published as a JWK Set
 * (<a href="https://www.rfc-editor.org/rfc/rfc7517#section-5">RFC 7517 §5</a>) at {@code /api/lti/jwks} so
 * platforms can verify what the tool signs (1EdTech Security Framework 1.0 §6, "Message security and message
 * signing"; Deep Linking responses and service client assertions).
 */
package org.childsafe.lti.keys;
