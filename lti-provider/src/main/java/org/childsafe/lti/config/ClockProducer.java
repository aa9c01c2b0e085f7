package org.childsafe.lti.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one place "now" comes from, so tests and time-sensitive checks can use a controlled clock. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
