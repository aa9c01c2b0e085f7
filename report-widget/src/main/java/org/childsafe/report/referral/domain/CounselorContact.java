package org.childsafe.report.referral.domain;

/**
 * The school counselor the network calls back: a professional contact, not the reporter's.
 *
 * @param name  the counselor's name as they entered it when escalating
 * @param email the counselor's work address, or {@code null}
 * @param phone the counselor's work phone, or {@code null}
 */
public record CounselorContact(String name, String email, String phone) {

    public CounselorContact {
        name = Text.required(name, "Counselor name", 200);
        email = Text.optional(email, 254);
        phone = Text.optional(phone, 30);
        if (email == null && phone == null) {
            throw new IllegalArgumentException("The network needs an e-mail address or a phone number of the counselor.");
        }
    }
}
