package org.childsafe.report.keys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.childsafe.report.audit.CaseAudit;
import org.childsafe.report.cases.domain.ReportCase;
import org.childsafe.report.cases.domain.ReportCaseRepository;
import org.childsafe.report.crypto.CaseCrypto;

/**
 * Re-wraps data keys after a master-key rotation.
 *
 * <h2>Procedure</h2>
 * <ol>
 * <li>Set the new key as {@code report.master-key} and the old one in {@code report.master-key.previous}; restart.
 * New cases use the new key at once; old ones still open through the previous key.</li>
 * <li>Call {@link #rewrapBatch} until it returns 0 ({@code POST /api/admin/report/master-key/rewrap} does this):
 * each case's data key is unwrapped with its old master key and wrapped with the new one. Content is not
 * touched, so this is fast and a failure leaves every case readable.</li>
 * <li>Remove the old key from {@code report.master-key.previous}.</li>
 * </ol>
 * Each re-wrapped case is audited ({@code report.rewrapped}, actor {@value CaseAudit#SYSTEM}).
 */
@ApplicationScoped
public class MasterKeyRotationService {

    /** Cases per transaction. */
    public static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(MasterKeyRotationService.class.getName());

    @Inject
    ReportCaseRepository cases;

    @Inject
    CaseCrypto crypto;

    @Inject
    CaseAudit audit;

    protected MasterKeyRotationService() {
    }

    /** For tests outside the container. */
    public MasterKeyRotationService(ReportCaseRepository cases, CaseCrypto crypto, CaseAudit audit) {
        this.cases = cases;
        this.crypto = crypto;
        this.audit = audit;
    }

    /** Id of the master key new cases use. */
    public String currentMasterKeyId() {
        return crypto.currentMasterKeyId();
    }

    /**
     * Re-wraps up to {@value #BATCH} cases still wrapped by another master key; returns how many were re-wrapped.
     * A case whose master key is not configured is skipped (logged by code and key id) and stays readable by
     * nobody until that key is configured as previous; {@link #remaining()} keeps counting it.
     */
    @Transactional
    public int rewrapBatch() {
        int done = 0;
        for (ReportCase reportCase : cases.findWrappedByOtherMasterKey(crypto.currentMasterKeyId(), BATCH)) {
            String from = reportCase.masterKeyId();
            try {
                java.util.Optional<String> wrapped = crypto.rewrap(reportCase);
                if (wrapped.isPresent()) {
                    reportCase.rewrapDataKey(wrapped.get(), crypto.currentMasterKeyId());
                    audit.record(CaseAudit.SYSTEM, "report.rewrapped", reportCase,
                            "from=" + from + "; to=" + crypto.currentMasterKeyId());
                    done++;
                }
            } catch (org.childsafe.report.crypto.CaseDecryptionException e) {
                LOG.warning(() -> "Report " + reportCase.code() + " is wrapped by master key " + from
                        + ", which is not configured; it was not re-wrapped.");
            }
        }
        int rewrapped = done;
        if (rewrapped > 0) {
            LOG.info(() -> "Re-wrapped " + rewrapped + " report data keys with master key " + crypto.currentMasterKeyId() + ".");
        }
        return rewrapped;
    }

    /** How many cases are still wrapped by another master key. */
    @Transactional
    public long remaining() {
        return cases.countWrappedByOtherMasterKey(crypto.currentMasterKeyId());
    }
}
