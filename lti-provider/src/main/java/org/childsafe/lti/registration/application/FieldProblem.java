package org.childsafe.lti.registration.application;

import java.io.Serializable;
import java.util.Locale;
import org.childsafe.lti.i18n.Messages;

/**
 * One invalid input value.
 *
 * @param field the input's name as JSON and forms use it ({@code issuer}, {@code authUrl}, …), or {@code null}
 * @param key   resource-bundle key of the message, whose {@code {0}} is the field's label and {@code {1}} the
 *              {@code limit}; {@code null} when only the exception's English message describes the problem
 * @param limit the limit broken (a length or a count), or 0
 */
public record FieldProblem(String field, String key, int limit) implements Serializable {

    /**
     * The problem in words, naming the field by its label ({@code admin.field.<field>}); a problem without a key
     * is told as {@code validation.domain} around the {@code domainMessage}.
     */
    public String message(Locale locale, String domainMessage) {
        if (key == null) {
            return Messages.text(locale, "validation.domain", domainMessage);
        }
        return Messages.text(locale, key, Messages.text(locale, "admin.field." + field), String.valueOf(limit));
    }
}
