package org.childsafe.lti.services.token;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Optional;

/** What a platform said in an error answer: a JSON {@code message}/{@code error_description}/{@code error}, else the text. */
final class PlatformMessage {

    private static final List<String> FIELDS = List.of("message", "error_description", "reason", "error");

    private PlatformMessage() {
    }

    /** The message, or null for an empty body. */
    static String of(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        Optional<JsonObject> json = AccessTokenClient.readObject(body);
        if (json.isPresent()) {
            for (String field : FIELDS) {
                if (json.get().get(field) instanceof JsonString text && !text.getString().isBlank()) {
                    return text.getString();
                }
            }
        }
        return body;
    }
}
