package org.childsafe.urlcheck.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads a small JSON object from a request body without ever holding more than the limit in memory.
 *
 * <h2>Why not JSON-B</h2>
 * A declared {@code Content-Length} above the limit is refused before a single byte is read, and a body without
 * one (chunked) is read at most to the limit plus one byte; a JSON-B entity parameter would have read all of a
 * 10 MB paste first. Codes: {@value #TOO_LARGE} (413), {@value #MALFORMED} (400), {@value #EMPTY} (400, no body at all).
 */
final class JsonBody {

    static final String TOO_LARGE = "urlcheck.body_too_large";
    static final String MALFORMED = "urlcheck.malformed_json";
    static final String EMPTY = "urlcheck.empty";

    private final JsonObject object;

    private JsonBody(JsonObject object) {
        this.object = object;
    }

    /** Reads the body, refusing it as soon as it is known to be larger than {@code limit} bytes. */
    static JsonBody read(InputStream in, String contentLength, int limit) {
        if (contentLength != null) {
            try {
                if (Long.parseLong(contentLength.strip()) > limit) {
                    throw new UrlCheckProblemException(413, TOO_LARGE);
                }
            } catch (NumberFormatException e) {
                throw new UrlCheckProblemException(400, MALFORMED);
            }
        }
        byte[] bytes = bounded(in, limit);
        if (bytes.length == 0) {
            throw new UrlCheckProblemException(400, EMPTY);
        }
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new UrlCheckProblemException(400, MALFORMED);
            }
            return new JsonBody(value.asJsonObject());
        } catch (JsonException | IllegalStateException e) {
            throw new UrlCheckProblemException(400, MALFORMED);
        }
    }

    /** A string member; empty when absent or JSON null; {@value #MALFORMED} when of another type. */
    Optional<String> string(String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new UrlCheckProblemException(400, MALFORMED);
        }
        return Optional.of(((JsonString) value).getString());
    }

    private static byte[] bounded(InputStream in, int limit) {
        if (in == null) {
            return new byte[0];
        }
        try {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw new UrlCheckProblemException(413, TOO_LARGE);
            }
            return bytes;
        } catch (IOException e) {
            throw new UrlCheckProblemException(400, MALFORMED);
        }
    }
}
