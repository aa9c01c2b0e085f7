package org.childsafe.lti.observe;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Structured log events: an event code ({@code lti.launch.accepted}, {@code urlcheck.checked}, …), the request's
 * correlation id and a few named fields, all of them codes or internal ids chosen by the code, never personal
 * data (no IP address, name, e-mail, LTI {@code sub}, report text or checked link; docs/operations/observability.md).
 *
 * <p>The fields travel as one {@link Map} parameter of the {@link LogRecord}: Payara's
 * {@code JSONLogFormatter} (the container image's log format) writes each entry of such a map as a top-level
 * field of the record's JSON line, next to {@code LogMessage}; any other formatter prints the message, which
 * repeats the fields as {@code key=value} for people reading a console.
 */
public final class EventLog {

    /** Field with the event code. */
    public static final String EVENT = "event";
    /** Field with the request's correlation id ({@code -} off a request thread). */
    public static final String CORRELATION_ID = "correlationId";

    private EventLog() {
    }

    /** Logs an event at INFO. */
    public static void info(Logger logger, String event, Map<String, ?> fields) {
        log(logger, Level.INFO, event, fields);
    }

    /**
     * @param logger the class's logger
     * @param level  the level
     * @param event  the event code, a constant
     * @param fields codes and internal ids only; iteration order is kept
     */
    public static void log(Logger logger, Level level, String event, Map<String, ?> fields) {
        if (!logger.isLoggable(level)) {
            return;
        }
        logger.log(record(logger.getName(), level, event, fields));
    }

    /** The record {@link #log} writes; visible for tests. */
    static LogRecord record(String loggerName, Level level, String event, Map<String, ?> fields) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(EVENT, event);
        all.put(CORRELATION_ID, Correlation.current().orElse("-"));
        fields.forEach((key, value) -> all.put(key, String.valueOf(value)));
        StringBuilder message = new StringBuilder(event);
        all.forEach((key, value) -> {
            if (!key.equals(EVENT)) {
                message.append(' ').append(key).append('=').append(value);
            }
        });
        LogRecord record = new LogRecord(level, message.toString());
        record.setLoggerName(loggerName);
        record.setParameters(new Object[] {Collections.unmodifiableMap(all)});
        return record;
    }
}
