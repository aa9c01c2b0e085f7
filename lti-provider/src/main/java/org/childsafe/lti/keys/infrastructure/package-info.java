/**
 * Adapters of the tool-key feature: JPA storage of {@code tool_key} rows and the key-encryption key read from
 * MicroProfile Config.
 */
package org.childsafe.lti.keys.infrastructure;
