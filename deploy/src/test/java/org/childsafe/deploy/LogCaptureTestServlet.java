package org.childsafe.deploy;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * A test-only servlet added to the deployed archive by {@link ObservabilityIT}: {@code POST} starts capturing every
 * record the server logs (root logger, ChildSafe's own loggers down to {@code FINEST}, as ReportIntakeIT does in
 * one JVM), {@code GET} answers them formatted by Payara's {@code JSONLogFormatter} — the formatter the container
 * image configures ({@code deploy/src/main/container/logging.properties}) — one JSON object per line. The first
 * line names the formatter actually used, so the test fails if Payara's could not be loaded.
 */
@WebServlet("/test-observe/log")
public class LogCaptureTestServlet extends HttpServlet {

    static final String JSON_FORMATTER = "fish.payara.enterprise.server.logging.JSONLogFormatter";

    private static final long serialVersionUID = 1L;
    private static final List<LogRecord> RECORDS = new ArrayList<>();
    private static Handler capture;

    @Override
    protected synchronized void doPost(HttpServletRequest request, HttpServletResponse response) {
        synchronized (RECORDS) {
            RECORDS.clear();
        }
        if (capture == null) {
            capture = new Handler() {
                @Override
                public void publish(LogRecord record) {
                    synchronized (RECORDS) {
                        RECORDS.add(record);
                    }
                }

                @Override
                public void flush() {
                }

                @Override
                public void close() {
                }
            };
            capture.setLevel(Level.ALL);
            Logger.getLogger("").addHandler(capture);
            Logger.getLogger("org.childsafe").setLevel(Level.ALL);
        }
        response.setStatus(204);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Formatter formatter = jsonFormatter();
        response.setContentType("text/plain;charset=UTF-8");
        StringBuilder out = new StringBuilder("formatter=" + formatter.getClass().getName() + "\n");
        synchronized (RECORDS) {
            for (LogRecord record : RECORDS) {
                out.append(formatter.format(record).strip().replace('\n', ' ')).append('\n');
            }
        }
        response.getWriter().write(out.toString());
    }

    /** Payara's JSON formatter, from the class loader of the server's own log formatter. */
    private static Formatter jsonFormatter() {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            if (handler.getFormatter() != null) {
                try {
                    return (Formatter) Class.forName(JSON_FORMATTER, true, handler.getFormatter().getClass().getClassLoader())
                            .getDeclaredConstructor().newInstance();
                } catch (ReflectiveOperationException | LinkageError e) {
                    // try the next handler
                }
            }
        }
        return new java.util.logging.SimpleFormatter();
    }
}
