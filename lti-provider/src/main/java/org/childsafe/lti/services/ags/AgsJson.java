package org.childsafe.lti.services.ags;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** JSON-P mapping of AGS bodies (AGS 2.0 §3.2.7 line item, §3.4 score); parse errors are IllegalArgumentException. */
final class AgsJson {

    /** ISO-8601 with milliseconds in UTC, e.g. {@code 2025-03-01T09:00:00.000Z} (AGS 2.0 §3.4.8). */
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private AgsJson() {
    }

    static String lineItem(LineItem item) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("label", item.label())
                .add("scoreMaximum", item.scoreMaximum());
        item.resourceId().ifPresent(v -> json.add("resourceId", v));
        item.resourceLinkId().ifPresent(v -> json.add("resourceLinkId", v));
        item.tag().ifPresent(v -> json.add("tag", v));
        return json.build().toString();
    }

    static String score(Score score) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("userId", score.userId());
        score.scoreGiven().ifPresent(given -> json.add("scoreGiven", given));
        json.add("scoreMaximum", score.scoreMaximum())
                .add("activityProgress", score.activityProgress().name())
                .add("gradingProgress", score.gradingProgress().name())
                .add("timestamp", TIMESTAMP.format(score.timestamp()));
        score.comment().ifPresent(comment -> json.add("comment", comment));
        return json.build().toString();
    }

    static LineItem parseLineItem(String body) {
        JsonStructure json = read(body);
        if (!(json instanceof JsonObject object)) {
            throw new IllegalArgumentException("A line item must be a JSON object.");
        }
        return toLineItem(object);
    }

    static List<LineItem> parseContainer(String body) {
        JsonStructure json = read(body);
        if (!(json instanceof JsonArray array)) {
            throw new IllegalArgumentException("A line item container must be a JSON array.");
        }
        List<LineItem> items = new ArrayList<>();
        for (JsonValue value : array) {
            if (!(value instanceof JsonObject object)) {
                throw new IllegalArgumentException("A line item must be a JSON object.");
            }
            items.add(toLineItem(object));
        }
        return items;
    }

    private static LineItem toLineItem(JsonObject json) {
        String id = text(json, "id").orElseThrow(() -> new IllegalArgumentException("A line item has no id."));
        String label = text(json, "label").orElseThrow(() -> new IllegalArgumentException("A line item has no label."));
        if (!(json.get("scoreMaximum") instanceof JsonNumber maximum)) {
            throw new IllegalArgumentException("A line item has no numeric scoreMaximum.");
        }
        return new LineItem(Optional.of(URI.create(id)), label, maximum.doubleValue(), text(json, "resourceId"),
                text(json, "resourceLinkId"), text(json, "tag"));
    }

    private static Optional<String> text(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        if (!(value instanceof JsonString text)) {
            throw new IllegalArgumentException("Line item " + name + " must be a string.");
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
