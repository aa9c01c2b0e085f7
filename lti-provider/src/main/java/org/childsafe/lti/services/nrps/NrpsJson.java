package org.childsafe.lti.services.nrps;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JSON-P reading of a membership container (NRPS 2.0 §2.3); any shape error is an IllegalArgumentException.
 * Only the members the tool needs are read: e-mail, picture and the LIS sourcedid are ignored on purpose.
 */
final class NrpsJson {

    private NrpsJson() {
    }

    static List<Member> parseContainer(String body) {
        JsonStructure json = read(body);
        if (!(json instanceof JsonObject container)) {
            throw new IllegalArgumentException("A membership container must be a JSON object.");
        }
        if (!(container.get("members") instanceof JsonArray members)) {
            throw new IllegalArgumentException("A membership container has no members array.");
        }
        List<Member> parsed = new ArrayList<>(members.size());
        for (JsonValue value : members) {
            if (!(value instanceof JsonObject member)) {
                throw new IllegalArgumentException("A member must be a JSON object.");
            }
            parsed.add(toMember(member));
        }
        return parsed;
    }

    private static Member toMember(JsonObject json) {
        String userId = text(json, "user_id").filter(id -> !id.isBlank())
                .orElseThrow(() -> new IllegalArgumentException("A member has no user_id."));
        if (!(json.get("roles") instanceof JsonArray array)) {
            throw new IllegalArgumentException("A member has no roles array.");
        }
        List<String> roles = new ArrayList<>(array.size());
        for (JsonValue role : array) {
            if (!(role instanceof JsonString text)) {
                throw new IllegalArgumentException("A member's roles must be strings.");
            }
            roles.add(text.getString());
        }
        return new Member(userId, roles, text(json, "status").orElse(Member.ACTIVE), text(json, "name"),
                text(json, "given_name"), text(json, "family_name"));
    }

    private static Optional<String> text(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (!(value instanceof JsonString text)) {
            throw new IllegalArgumentException("Member field " + name + " must be a string.");
        }
        return Optional.of(text.getString());
    }

    private static JsonStructure read(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("The body is not JSON.", e);
        }
    }
}
