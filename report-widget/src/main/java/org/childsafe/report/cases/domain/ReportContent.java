package org.childsafe.report.cases.domain;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the reporter wrote, the plaintext of {@link ReportCase#contentEnc()}: it exists only in memory, and is
 * stored as JSON encrypted under the case's data key ({@code CaseCrypto.sealNew} / {@code openContent}).
 *
 * <p>Every text is optional ("I don't know" is always allowed); empty strings are stored as absent. The
 * {@code contact*} fields are set only when the reporter chose to share who they are.
 *
 * @param whatHappened what happened, in the reporter's words
 * @param when         when, approximately, in the reporter's words
 * @param where        where: platform, app, place
 * @param links        web addresses the reporter entered, as typed (never fetched)
 * @param accounts     account names or handles involved
 * @param contactName  the reporter's name, only when they chose to share it
 * @param contactWay   how to reach the reporter (class, phone), only when they chose to share it
 * @param language     {@code vi} or {@code en}: the language the reporter used the form in
 */
public record ReportContent(String whatHappened, String when, String where, List<String> links, String accounts,
        String contactName, String contactWay, String language) {

    public ReportContent {
        whatHappened = blankToNull(whatHappened);
        when = blankToNull(when);
        where = blankToNull(where);
        links = links == null ? List.of() : List.copyOf(links);
        accounts = blankToNull(accounts);
        contactName = blankToNull(contactName);
        contactWay = blankToNull(contactWay);
        language = Objects.requireNonNullElse(blankToNull(language), "vi");
    }

    /** UTF-8 JSON, the form that is encrypted. */
    public byte[] toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder();
        put(json, "whatHappened", whatHappened);
        put(json, "when", when);
        put(json, "where", where);
        JsonArrayBuilder array = Json.createArrayBuilder();
        links.forEach(array::add);
        json.add("links", array);
        put(json, "accounts", accounts);
        put(json, "contactName", contactName);
        put(json, "contactWay", contactWay);
        put(json, "language", language);
        return json.build().toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads what {@link #toJson()} wrote; unknown members are ignored so later versions can add fields. */
    public static ReportContent fromJson(byte[] json) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(json))) {
            JsonObject o = reader.readObject();
            List<String> links = o.containsKey("links")
                    ? o.getJsonArray("links").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()
                    : List.of();
            return new ReportContent(text(o, "whatHappened"), text(o, "when"), text(o, "where"), links,
                    text(o, "accounts"), text(o, "contactName"), text(o, "contactWay"), text(o, "language"));
        }
    }

    /** Whether the reporter shared a name or a way to reach them. */
    public boolean sharesContact() {
        return contactName != null || contactWay != null;
    }

    public Optional<String> whatHappenedText() {
        return Optional.ofNullable(whatHappened);
    }

    private static void put(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    private static String text(JsonObject o, String name) {
        return o.containsKey(name) && !o.isNull(name) ? o.getString(name) : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "ReportContent[" + (whatHappened == null ? 0 : whatHappened.length()) + " chars, " + links.size()
                + " links]";
    }
}
