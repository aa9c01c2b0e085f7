package org.childsafe.lti.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * The one decision of the general error page ({@code /error/general.xhtml}): was the failure the database (or
 * another service the tool needs) being unreachable? Then the answer is {@code 503 Service Unavailable} with
 * {@code Retry-After: }{@value #RETRY_AFTER_SECONDS} and "ChildSafe is briefly unavailable, try again in a minute",
 * instead of {@code 500} and "ask your teacher": it is not the user's doing, it passes by itself, and monitoring can
 * tell an outage from a bug. The load and fault run (docs/reliability.md) showed launches answering 500 during a
 * PostgreSQL stop.
 *
 * <p>Recognised, anywhere in the cause chain: JDBC connection failures ({@link SQLTransientConnectionException},
 * {@link SQLNonTransientConnectionException}, SQLState class {@code 08}) and a refused TCP connection
 * ({@link ConnectException}). Nothing about the failure is shown to the user.
 */
@Named
@RequestScoped
public class ErrorPage {

    /** Seconds a client is asked to wait before trying again. */
    public static final String RETRY_AFTER_SECONDS = "60";

    private static final String ERROR_EXCEPTION = "jakarta.servlet.error.exception";
    private static final int MAX_CAUSES = 32;

    private Boolean unavailable;

    /** Whether this error is an outage of something the tool needs; on the first call sets 503 and Retry-After. */
    public boolean isUnavailable() {
        if (unavailable == null) {
            unavailable = false;
            try {
                ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
                if (unreachable((Throwable) external.getRequestMap().get(ERROR_EXCEPTION))) {
                    external.setResponseStatus(503);
                    external.setResponseHeader("Retry-After", RETRY_AFTER_SECONDS);
                    unavailable = true;
                }
            } catch (RuntimeException notAnErrorDispatch) {
                // the page must always render: without the attribute it is the general error
            }
        }
        return unavailable;
    }

    /** Whether {@code failure} or one of its causes says a needed service could not be reached. */
    static boolean unreachable(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return false;
    }
}
