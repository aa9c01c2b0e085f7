package org.childsafe.lti.observe;

import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The correlation id of the request the current thread serves: a random 16-hex-digit value, new for every
 * request, that ties together the log events of one request and is answered to the client in
 * {@value #HEADER} so support can find them. It is random on purpose: it says nothing about the user, their
 * address or their session, and a client cannot choose it (no log forging, no linking of requests by a client id).
 */
public final class Correlation {

    /** The response header that carries the id. */
    public static final String HEADER = "X-Correlation-Id";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private Correlation() {
    }

    /** The current request's id; empty on a background thread (timers, dispatchers). */
    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** A fresh random id. */
    public static String newId() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }

    static void begin(String id) {
        CURRENT.set(id);
    }

    static void end() {
        CURRENT.remove();
    }
}
