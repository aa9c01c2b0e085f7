/**
 * HTTP side of the LTI 1.3 launch: login initiation ({@code /lti/login}), the launch itself ({@code /lti/launch}),
 * the browser-binding cookie and the launch error page.
 */
package org.childsafe.lti.launch.web;
