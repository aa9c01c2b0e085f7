package org.childsafe.lti.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Objects;
import org.childsafe.lti.i18n.Messages;

/**
 * One problem-JSON answer: {@code {"status":404,"code":"registration.not_found","message":"…","field":"…"}}.
 *
 * <p>{@code code} is stable and meant for programs; {@code message} is for people and may change; {@code field}
 * (the JSON property at fault) is present only for invalid input. The body is written by {@link #toJson()} so
 * servlet filters and JAX-RS produce byte-identical answers without a JSON-B provider.
 *
 * @param status  HTTP status
 * @param code    stable, dotted error code, e.g. {@code registration.invalid}
 * @param message human message in the negotiated language
 * @param field   property at fault, or {@code null}
 */
@Schema(name = "Problem", description = "Every error answer (application/problem+json): a stable code for programs, "
        + "a message in the request's language for people, and the field at fault for invalid input")
public record Problem(int status, String code, String message, String field) {

    /** Media type of every error answer (RFC 9457). */
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        Objects.requireNonNull(code, "Code is required.");
        Objects.requireNonNull(message, "Message is required.");
    }

    /** A problem whose message is the bundle text {@code problem.<code>} in the given language. */
    public static Problem of(int status, String code, Locale locale) {
        return new Problem(status, code, Messages.text(locale, "problem." + code), null);
    }

    /** The JSON body; {@code field} is left out when absent. */
    public String toJson() {
        StringBuilder json = new StringBuilder(128).append("{\"status\":").append(status)
                .append(",\"code\":").append(quote(code))
                .append(",\"message\":").append(quote(message));
        if (field != null) {
            json.append(",\"field\":").append(quote(field));
        }
        return json.append('}').toString();
    }

    /** The JAX-RS answer: status, problem media type in UTF-8, not cacheable. */
    public Response toResponse() {
        return Response.status(status)
                .type(MEDIA_TYPE + ";charset=UTF-8")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(toJson())
                .build();
    }

    static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
