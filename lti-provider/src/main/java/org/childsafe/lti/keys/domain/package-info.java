/**
 * Tool signing keys as persistent domain objects: {@link org.childsafe.lti.keys.domain.ToolKey} and its
 * {@link org.childsafe.lti.keys.domain.KeyStatus} life cycle, and the repository port that stores them. Holds
 * no key-encryption logic: a {@code ToolKey} only ever sees its private key as ciphertext.
 */
package org.childsafe.lti.keys.domain;
