package org.childsafe.urlcheck.refresh;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready}, check {@code urlcheck-feeds}: always UP (the checker answers from the first second,
 * with address and look-alike warnings even before any list is loaded) and says whether the lists are
 * {@code LOADING}, {@code READY} or {@code EMPTY}, with the snapshot version and entry count, so an orchestrator
 * never holds an instance back for minutes while a large feed loads, and an operator still sees it.
 */
@Readiness
@ApplicationScoped
class FeedReadiness implements HealthCheck {

    @Inject
    FeedRefresher refresher;

    @Override
    public HealthCheckResponse call() {
        FeedStatus status = refresher.status();
        return HealthCheckResponse.named("urlcheck-feeds").up()
                .withData("state", status.state())
                .withData("snapshotVersion", status.version())
                .withData("entries", status.entries())
                .build();
    }
}
