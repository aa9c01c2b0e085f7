/**
 * Envelope encryption of reports: every case has its own random AES-256 data key that encrypts its content,
 * thread and attachments (AES-GCM); the data key is stored only wrapped by the report master key, which comes
 * from configuration ({@code report.master-key}) and can be rotated by re-wrapping data keys. Also the slow hash
 * of reporters' passcodes. Entry points: {@link org.childsafe.report.crypto.CaseCrypto},
 * {@link org.childsafe.report.crypto.MasterKeyRing}, {@link org.childsafe.report.crypto.PasscodeHasher}.
 */
package org.childsafe.report.crypto;
