package org.childsafe.urlcheck.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.childsafe.urlcheck.UrlCheckText;
import org.childsafe.urlcheck.VerdictTexts;
import org.childsafe.urlcheck.verdict.AgeBand;
import org.childsafe.urlcheck.verdict.FeedMatch;
import org.childsafe.urlcheck.verdict.LinkVerdict;
import org.childsafe.urlcheck.verdict.Reason;
import org.childsafe.urlcheck.verdict.Verdict;

/**
 * The JSON form of verdicts, written with JSON-P. Machine fields ({@code rating}, reason {@code code} and
 * {@code args}, match {@code category}) are stable; {@code title}, {@code advice}, reason {@code text} and
 * {@code categoryName} are in the request's language and may change wording.
 */
final class VerdictJson {

    private VerdictJson() {
    }

    static JsonObject verdict(Verdict v, AgeBand band, Locale locale) {
        JsonArrayBuilder reasons = Json.createArrayBuilder();
        for (Reason r : v.reasons()) {
            JsonArrayBuilder args = Json.createArrayBuilder();
            r.args().forEach(args::add);
            reasons.add(Json.createObjectBuilder().add("code", r.code()).add("args", args)
                    .add("text", VerdictTexts.reason(locale, r)));
        }
        JsonArrayBuilder matches = Json.createArrayBuilder();
        for (FeedMatch m : v.matches()) {
            JsonObjectBuilder match = Json.createObjectBuilder().add("source", m.source()).add("category", m.category())
                    .add("categoryName", VerdictTexts.category(locale, m.category())).add("entry", m.expression())
                    .add("rating", m.rating().name()).add("licence", m.licence());
            instant(match, "fetchedAt", m.fetchedAt());
            if (m.version() != null) {
                match.add("version", m.version());
            }
            matches.add(match);
        }
        JsonObjectBuilder freshness = Json.createObjectBuilder()
                .add("loaded", v.freshness().loaded())
                .add("snapshotVersion", v.freshness().snapshotVersion());
        if (v.freshness().loaded()) {
            instant(freshness, "builtAt", v.freshness().builtAt());
            instant(freshness, "oldestSource", v.freshness().oldestSource());
        }
        JsonObjectBuilder out = Json.createObjectBuilder()
                .add("rating", v.rating().name())
                .add("title", VerdictTexts.title(locale, v.rating()))
                .add("advice", VerdictTexts.advice(locale, v.rating()))
                .add("ageBand", band.name())
                .add("canonicalUrl", v.canonicalUrl())
                .add("host", v.host())
                .add("displayHost", v.displayHost());
        if (v.registrableDomain() != null) {
            out.add("registrableDomain", v.registrableDomain());
        }
        return out.add("reasons", reasons).add("matches", matches).add("freshness", freshness).build();
    }

    static JsonObject links(List<LinkVerdict> links, boolean truncated, AgeBand band, Locale locale) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (LinkVerdict l : links) {
            JsonObjectBuilder link = Json.createObjectBuilder().add("link", l.link()).add("start", l.start()).add("end", l.end());
            if (l.verdict() != null) {
                link.add("verdict", verdict(l.verdict(), band, locale));
            } else {
                link.add("error", Json.createObjectBuilder().add("code", l.errorCode())
                        .add("message", UrlCheckText.text(locale, l.errorCode())));
            }
            array.add(link);
        }
        return Json.createObjectBuilder().add("links", array).add("truncated", truncated).build();
    }

    private static void instant(JsonObjectBuilder b, String name, Instant instant) {
        if (instant != null) {
            b.add(name, instant.toString());
        }
    }
}
