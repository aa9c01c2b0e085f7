/**
 * The report case model shared by the reporter side (intake, receipt, two-way messages) and the counselor side
 * (triage, referral): {@link org.childsafe.report.cases.domain.ReportCase} with its
 * {@link org.childsafe.report.cases.domain.ReportMessage thread} and
 * {@link org.childsafe.report.cases.domain.ReportAttachment attachments}, the value types around them, and the
 * repository interfaces.
 *
 * <h2>Rules every user of this package keeps</h2>
 * <ul>
 * <li><b>Tenant.</b> A school is one LTI deployment; every entity carries its {@code deploymentPk} and every
 * repository finder takes it as its first argument. There is no finder by bare id.</li>
 * <li><b>Encryption.</b> What a reporter or counselor wrote is stored only as ciphertext ({@code *Enc} byte
 * arrays) under the case's data key. Sealing and opening is done by {@code org.childsafe.report.crypto.CaseCrypto};
 * this package never sees plaintext or keys.</li>
 * <li><b>Anonymity.</b> An anonymous case has no reporter user id (a database check enforces it); nothing in
 * these tables names a reporter unless they opted in.</li>
 * <li><b>Evolution.</b> Fields and methods are added, never renamed; the intake side owns Flyway versions
 * V1..V99 of {@code db/migration/report}, the counselor side V100 and later.</li>
 * </ul>
 */
package org.childsafe.report.cases.domain;
