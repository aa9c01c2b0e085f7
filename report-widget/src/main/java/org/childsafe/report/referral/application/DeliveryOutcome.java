package org.childsafe.report.referral.application;

import java.util.Objects;

/**
 * What a {@link NetworkConnector} observed. {@code error} is a short stable code ({@code http.503},
 * {@code timeout}, {@code io}, {@code connector.exception}), shown to counselors and operators; it never holds
 * response bodies, which could echo case content.
 *
 * @param delivered        whether the network durably has the referral
 * @param httpStatus       the HTTP status, or 0 when there was no answer
 * @param error            why it failed, or {@code null} when delivered
 * @param networkReference the network's own reference for the referral, if it gave one
 */
public record DeliveryOutcome(boolean delivered, int httpStatus, String error, String networkReference) {

    public DeliveryOutcome {
        if (!delivered) {
            Objects.requireNonNull(error, "A failed delivery needs an error code.");
        }
        if (networkReference != null && (networkReference.isBlank() || networkReference.length() > 100)) {
            networkReference = null;
        }
    }

    public static DeliveryOutcome delivered(int httpStatus, String networkReference) {
        return new DeliveryOutcome(true, httpStatus, null, networkReference);
    }

    public static DeliveryOutcome failed(int httpStatus, String error) {
        return new DeliveryOutcome(false, httpStatus, error, null);
    }
}
