/**
 * Use cases on the tool's signing keys: create and rotate them ({@link org.childsafe.lti.keys.application.ToolKeyService}),
 * keep their private parts encrypted at rest under a key-encryption key
 * ({@link org.childsafe.lti.keys.application.KeyCipher}, {@link org.childsafe.lti.keys.application.KeyEncryptionKeyProvider}),
 * and make sure a key set exists when the application starts
 * ({@link org.childsafe.lti.keys.application.KeyBootstrap}).
 */
package org.childsafe.lti.keys.application;
