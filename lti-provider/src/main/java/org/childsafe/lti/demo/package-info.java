/**
 * The built-in demo LMS platform (demo mode only): its registration, keys, authorization endpoint and the demo
 * course pages that launch the tool through the real LTI 1.3 flow.
 */
package org.childsafe.lti.demo;
