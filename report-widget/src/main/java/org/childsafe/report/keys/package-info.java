/**
 * Report master-key rotation: re-wrapping every case's data key with the current {@code report.master-key}
 * ({@link org.childsafe.report.keys.MasterKeyRotationService}, {@code POST /api/admin/report/master-key/rewrap}).
 */
package org.childsafe.report.keys;
