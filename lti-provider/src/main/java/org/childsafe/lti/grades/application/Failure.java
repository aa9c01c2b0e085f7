package org.childsafe.lti.grades.application;

import java.util.Locale;
import java.util.Objects;
import org.childsafe.lti.services.ServiceErrors;
import org.childsafe.lti.services.ServiceException;

/**
 * Why one send failed, and whether trying again can help. {@link #of} classifies what the AGS client threw:
 *
 * <table>
 * <caption>Classification</caption>
 * <tr><th>Platform answer</th><th>Code</th><th>Retry</th></tr>
 * <tr><td>400/422 whose message says "not gradable"</td><td>{@code ags.user_not_gradable}</td><td>no</td></tr>
 * <tr><td>429</td><td>{@code ags.rate_limited}</td><td>yes</td></tr>
 * <tr><td>other 4xx (400, 409, 422, …)</td><td>{@code ags.rejected}</td><td>no</td></tr>
 * <tr><td>403</td><td>{@code ags.forbidden}</td><td>no</td></tr>
 * <tr><td>404</td><td>{@code ags.not_found}</td><td>no</td></tr>
 * <tr><td>401 again after a new token</td><td>{@code ags.unauthorized}</td><td>yes</td></tr>
 * <tr><td>token endpoint 400/401</td><td>{@code ags.token_refused}</td><td>yes (an admin can fix the keys)</td></tr>
 * <tr><td>5xx (service or token endpoint)</td><td>{@code ags.server_error}</td><td>yes</td></tr>
 * <tr><td>timeout, connection refused</td><td>{@code ags.timeout}</td><td>yes</td></tr>
 * <tr><td>not the expected JSON</td><td>{@code ags.malformed_response}</td><td>yes (a proxy's error page passes)</td></tr>
 * <tr><td>scope or URL not granted by the launch</td><td>{@code ags.unavailable}</td><td>no</td></tr>
 * <tr><td>anything else (a bug in the tool)</td><td>{@code ags.tool_error}</td><td>yes</td></tr>
 * </table>
 *
 * @param code      a {@link GradeErrors} code
 * @param retryable whether the dispatcher tries again (while attempts remain)
 * @param detail    for logs and support: what was called and the platform's sanitized message, ≤ 300 characters
 */
public record Failure(String code, boolean retryable, String detail) {

    public Failure {
        Objects.requireNonNull(code, "Code is required.");
        detail = detail == null ? null : ServiceException.sanitize(detail, 300);
    }

    public static Failure of(RuntimeException e) {
        if (e instanceof GradeNotDeliverableException) {
            return unavailable(e.getMessage());
        }
        if (!(e instanceof ServiceException se)) {
            return new Failure(GradeErrors.TOOL_ERROR, true, e.getClass().getSimpleName());
        }
        String detail = se.getMessage() + se.platformMessage().map(m -> " Platform: " + m).orElse("");
        int status = se.httpStatus();
        return switch (se.code()) {
            case ServiceErrors.AGS_REJECTED, ServiceErrors.AGS_NOT_FOUND -> rejected(se, status, detail);
            case ServiceErrors.FORBIDDEN -> new Failure(GradeErrors.FORBIDDEN, false, detail);
            case ServiceErrors.UNAUTHORIZED -> new Failure(GradeErrors.UNAUTHORIZED, true, detail);
            case ServiceErrors.TOKEN_REFUSED -> new Failure(GradeErrors.TOKEN_REFUSED, true, detail);
            case ServiceErrors.UNAVAILABLE -> new Failure(status >= 500 ? GradeErrors.SERVER_ERROR : GradeErrors.TIMEOUT,
                    true, detail);
            case ServiceErrors.MALFORMED_RESPONSE -> new Failure(GradeErrors.MALFORMED_RESPONSE, true, detail);
            case ServiceErrors.SCOPE_NOT_GRANTED -> new Failure(GradeErrors.UNAVAILABLE, false, detail);
            default -> new Failure(GradeErrors.TOOL_ERROR, true, detail);
        };
    }

    /** The launch or registration cannot carry grades at all. */
    public static Failure unavailable(String why) {
        return new Failure(GradeErrors.UNAVAILABLE, false, why);
    }

    private static Failure rejected(ServiceException se, int status, String detail) {
        if (status == 429) {
            return new Failure(GradeErrors.RATE_LIMITED, true, detail);
        }
        if (status == 404) {
            return new Failure(GradeErrors.NOT_FOUND, false, detail);
        }
        boolean notGradable = se.platformMessage()
                .map(m -> m.toLowerCase(Locale.ROOT).replace('_', ' ').contains("not gradable"))
                .orElse(false);
        return new Failure(notGradable ? GradeErrors.USER_NOT_GRADABLE : GradeErrors.REJECTED, false, detail);
    }
}
