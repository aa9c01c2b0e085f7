package org.childsafe.lti.demo;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.childsafe.lti.config.ToolConfig;
import org.childsafe.lti.services.ags.ActivityProgress;
import org.childsafe.lti.services.ags.AgsEndpoint;
import org.childsafe.lti.services.ags.GradingProgress;

/**
 * The demo platform's LTI Advantage service endpoints, strict like a real platform, so the tool's token client,
 * AGS client and grade outbox are exercised end to end:
 *
 * <ul>
 * <li>{@code POST /demo/platform/token} — OAuth 2 client credentials with a JWT client assertion
 * ({@link DemoAccessTokens});</li>
 * <li>{@code GET /demo/platform/lineitems} ({@code resource_link_id}, {@code resource_id}, {@code tag},
 * {@code limit}, {@code page}; {@code Link: rel="next"} paging), {@code POST} to create (AGS 2.0 §3.2);</li>
 * <li>{@code GET /demo/platform/lineitems/{id}} and {@code POST /demo/platform/lineitems/{id}/scores} (AGS §3.4):
 * the body is validated, and a score for a demo user who is not a learner of the course is refused with 422
 * "User not gradable", as Moodle does for teachers.</li>
 * </ul>
 * Every service call needs a bearer token with the right scope (401 without a valid one, 403 with the wrong one).
 */
@WebServlet(urlPatterns = {"/demo/platform/token", "/demo/platform/lineitems/*"})
public class DemoServicesServlet extends HttpServlet {

    static final String CONTAINER_TYPE = "application/vnd.ims.lis.v2.lineitemcontainer+json";
    static final String LINEITEM_TYPE = "application/vnd.ims.lis.v2.lineitem+json";
    static final String SCORE_TYPE = "application/vnd.ims.lis.v1.score+json";
    static final String LEARNER_ROLE = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    /** Request bodies over this size are refused. */
    static final int MAX_BODY = 64 * 1024;

    private static final long serialVersionUID = 1L;

    @Inject
    transient DemoAccessTokens tokens;

    @Inject
    transient DemoGradebook gradebook;

    @Inject
    transient ToolConfig config;

    @Inject
    transient Clock clock;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().endsWith("/token")) {
            token(request, response);
            return;
        }
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        if ("/".equals(path)) {
            createLineItem(request, response);
        } else if (path.matches("/[0-9]{1,9}/scores")) {
            score(request, response, path.substring(1, path.indexOf('/', 1)));
        } else {
            problem(response, 404, "not_found", "No such service resource.");
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        if (request.getServletPath().endsWith("/token")) {
            problem(response, 405, "invalid_request", "Use POST.");
        } else if ("/".equals(path)) {
            listLineItems(request, response);
        } else if (path.matches("/[0-9]{1,9}")) {
            getLineItem(request, response, path.substring(1));
        } else {
            problem(response, 404, "not_found", "No such service resource.");
        }
    }

    // Token ----------------------------------------------------------------------------------------------------------

    private void token(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            DemoAccessTokens.Issued issued = tokens.issue(request.getParameter("grant_type"),
                    request.getParameter("client_assertion_type"), request.getParameter("client_assertion"),
                    request.getParameter("scope"), clock.instant());
            response.setHeader("Cache-Control", "no-store");
            json(response, 200, "application/json", Json.createObjectBuilder()
                    .add("access_token", issued.token())
                    .add("token_type", "Bearer")
                    .add("expires_in", issued.expiresIn())
                    .add("scope", String.join(" ", issued.scopes())).build());
        } catch (DemoAccessTokens.OAuthException e) {
            json(response, 400, "application/json", Json.createObjectBuilder()
                    .add("error", e.error()).add("error_description", e.getMessage()).build());
        }
    }

    // Line items -----------------------------------------------------------------------------------------------------

    private void listLineItems(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!authorized(request, response, AgsEndpoint.SCOPE_LINEITEM, AgsEndpoint.SCOPE_LINEITEM_READONLY)) {
            return;
        }
        List<DemoGradebook.Column> found = gradebook.columns(request.getParameter("resource_link_id"),
                request.getParameter("resource_id"), request.getParameter("tag"));
        int limit = positive(request.getParameter("limit"), Integer.MAX_VALUE);
        int page = positive(request.getParameter("page"), 1);
        long from = Math.min((long) (page - 1) * limit, found.size());
        long to = Math.min(from + limit, found.size());
        JsonArrayBuilder items = Json.createArrayBuilder();
        found.subList((int) from, (int) to).forEach(c -> items.add(lineItem(c)));
        if (to < found.size()) {
            response.setHeader("Link", "<" + containerUrl() + "?" + nextQuery(request, page + 1) + ">; rel=\"next\"");
        }
        response.setStatus(200);
        response.setContentType(CONTAINER_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(items.build().toString());
    }

    private void getLineItem(HttpServletRequest request, HttpServletResponse response, String id) throws IOException {
        if (!authorized(request, response, AgsEndpoint.SCOPE_LINEITEM, AgsEndpoint.SCOPE_LINEITEM_READONLY)) {
            return;
        }
        Optional<DemoGradebook.Column> column = gradebook.column(id);
        if (column.isEmpty()) {
            problem(response, 404, "not_found", "No such line item.");
            return;
        }
        json(response, 200, LINEITEM_TYPE, lineItem(column.get()));
    }

    private void createLineItem(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!authorized(request, response, AgsEndpoint.SCOPE_LINEITEM) || !accepts(request, response, LINEITEM_TYPE)) {
            return;
        }
        Optional<JsonObject> body = body(request, response);
        if (body.isEmpty()) {
            return;
        }
        JsonObject item = body.get();
        String label = string(item, "label");
        Double max = number(item, "scoreMaximum");
        if (label == null || label.isBlank() || label.length() > 255 || max == null || !(max > 0)) {
            problem(response, 400, "invalid_line_item", "label (1-255 characters) and scoreMaximum > 0 are required.");
            return;
        }
        DemoGradebook.Column created = gradebook.createColumn(label, max, short255(string(item, "resourceId")),
                short255(string(item, "tag")), short255(string(item, "resourceLinkId")));
        response.setHeader("Location", containerUrl() + "/" + created.id());
        json(response, 201, LINEITEM_TYPE, lineItem(created));
    }

    // Scores ---------------------------------------------------------------------------------------------------------

    private void score(HttpServletRequest request, HttpServletResponse response, String lineItemId) throws IOException {
        if (!authorized(request, response, AgsEndpoint.SCOPE_SCORE) || !accepts(request, response, SCORE_TYPE)) {
            return;
        }
        Optional<DemoGradebook.Column> column = gradebook.column(lineItemId);
        if (column.isEmpty()) {
            problem(response, 404, "not_found", "No such line item.");
            return;
        }
        Optional<JsonObject> body = body(request, response);
        if (body.isEmpty()) {
            return;
        }
        Optional<DemoGradebook.Grade> grade = DemoScores.parse(body.get(), clock.instant());
        if (grade.isEmpty()) {
            problem(response, 400, "invalid_score", "Incorrect score received: userId, timestamp, activityProgress and"
                    + " gradingProgress are required; scoreGiven >= 0 needs scoreMaximum > 0.");
            return;
        }
        if (!DemoScores.gradable(grade.get().userId())) {
            problem(response, 422, "user_not_gradable", "User not gradable: not a student of this course.");
            return;
        }
        gradebook.record(lineItemId, grade.get());
        response.setStatus(204);
    }

    // Helpers --------------------------------------------------------------------------------------------------------

    private boolean authorized(HttpServletRequest request, HttpServletResponse response, String... anyScope)
            throws IOException {
        String header = request.getHeader("Authorization");
        String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
        Optional<Set<String>> scopes = tokens.scopes(token, clock.instant());
        if (scopes.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            problem(response, 401, "invalid_token", "A valid bearer token is required.");
            return false;
        }
        for (String scope : anyScope) {
            if (scopes.get().contains(scope)) {
                return true;
            }
        }
        response.setHeader("WWW-Authenticate", "Bearer error=\"insufficient_scope\"");
        problem(response, 403, "insufficient_scope", "The token does not grant " + String.join(" or ", anyScope) + ".");
        return false;
    }

    private static boolean accepts(HttpServletRequest request, HttpServletResponse response, String type)
            throws IOException {
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith(type)) {
            problem(response, 415, "unsupported_media_type", "Content-Type must be " + type + ".");
            return false;
        }
        return true;
    }

    private static Optional<JsonObject> body(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(MAX_BODY + 1);
        }
        if (bytes.length > MAX_BODY) {
            problem(response, 413, "too_large", "The body is too large.");
            return Optional.empty();
        }
        try (JsonReader reader = Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject object) {
                return Optional.of(object);
            }
        } catch (JsonException e) {
            // answered below
        }
        problem(response, 400, "invalid_json", "The body is not a JSON object.");
        return Optional.empty();
    }

    private JsonObject lineItem(DemoGradebook.Column column) {
        JsonObjectBuilder item = Json.createObjectBuilder()
                .add("id", containerUrl() + "/" + column.id())
                .add("label", column.label())
                .add("scoreMaximum", column.scoreMaximum());
        if (column.resourceId() != null) {
            item.add("resourceId", column.resourceId());
        }
        if (column.tag() != null) {
            item.add("tag", column.tag());
        }
        if (column.resourceLinkId() != null) {
            item.add("resourceLinkId", column.resourceLinkId());
        }
        return item.build();
    }

    private String containerUrl() {
        return config.baseUrl() + DemoLaunches.LINE_ITEMS;
    }

    private static String nextQuery(HttpServletRequest request, int page) {
        StringBuilder query = new StringBuilder();
        for (String name : List.of("resource_link_id", "resource_id", "tag", "limit")) {
            String value = request.getParameter(name);
            if (value != null) {
                query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
            }
        }
        return query.append("page=").append(page).toString();
    }

    private static int positive(String value, int fallback) {
        try {
            int parsed = value == null ? fallback : Integer.parseInt(value);
            return parsed > 0 ? parsed : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static String string(JsonObject object, String name) {
        return object.get(name) instanceof JsonString text ? text.getString() : null;
    }

    static Double number(JsonObject object, String name) {
        return object.get(name) instanceof JsonNumber n ? n.doubleValue() : null;
    }

    private static String short255(String value) {
        return value == null || value.length() <= 255 ? value : value.substring(0, 255);
    }

    private static void json(HttpServletResponse response, int status, String type, JsonValue body) throws IOException {
        response.setStatus(status);
        response.setContentType(type);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body.toString());
    }

    private static void problem(HttpServletResponse response, int status, String error, String message)
            throws IOException {
        json(response, status, "application/json", Json.createObjectBuilder()
                .add("error", error).add("message", message).build());
    }

    /** Score bodies (AGS §3.4) and who may be graded. */
    static final class DemoScores {

        private DemoScores() {
        }

        /** The score, or empty when a required member is missing or out of range. */
        static Optional<DemoGradebook.Grade> parse(JsonObject body, Instant now) {
            String userId = string(body, "userId");
            String timestamp = string(body, "timestamp");
            String activity = string(body, "activityProgress");
            String grading = string(body, "gradingProgress");
            Double given = number(body, "scoreGiven");
            Double max = number(body, "scoreMaximum");
            if (userId == null || userId.isBlank() || timestamp == null || !valid(ActivityProgress.class, activity)
                    || !valid(GradingProgress.class, grading)
                    || (body.containsKey("scoreGiven") && (given == null || given < 0 || max == null || !(max > 0)))) {
                return Optional.empty();
            }
            Instant at;
            try {
                at = OffsetDateTime.parse(timestamp).toInstant();
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
            String comment = string(body, "comment");
            return Optional.of(new DemoGradebook.Grade(userId, given, max, activity, grading, at, comment, now));
        }

        /** Only the course's learners are gradable (Moodle refuses teachers and users not enrolled). */
        static boolean gradable(String userId) {
            for (DemoUser user : DemoUser.values()) {
                if (user.subject().equals(userId)) {
                    return user.roles().contains(LEARNER_ROLE);
                }
            }
            return false;
        }

        private static <E extends Enum<E>> boolean valid(Class<E> type, String value) {
            if (value == null) {
                return false;
            }
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value)) {
                    return true;
                }
            }
            return false;
        }
    }
}
