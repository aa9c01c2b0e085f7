/**
 * Settings of the tool core, read once through MicroProfile Config and validated at startup, and the
 * {@link java.time.Clock} every time-sensitive check uses.
 */
package org.childsafe.lti.config;
