package org.childsafe.report.referral.domain;

/**
 * Why a counselor may send the identity of the affected child to the network. Without one of these the payload
 * carries no identity at all; the choice is audited with the escalation.
 */
public enum LegalBasis {
    /** The child is in danger now and the network must be able to reach them (Law on Children 2016, art. 47). */
    EMERGENCY,
    /** The school is under a legal duty to report this abuse with the child's identity (art. 51; Decree 56/2017). */
    DUTY_TO_REPORT
}
