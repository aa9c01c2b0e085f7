package org.childsafe.report.referral.application;

/**
 * A status callback that is not accepted, with a stable code for the problem-JSON answer:
 * {@code referral.callback.not_configured}, {@code .malformed}, {@code .signature}, {@code .issuer},
 * {@code .audience}, {@code .expired}, {@code .unknown_referral}.
 */
public class CallbackRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public CallbackRejectedException(String code, String reason) {
        super(reason);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
