package org.childsafe.urlcheck.verdict;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.childsafe.urlcheck.feeds.FeedSnapshot;
import org.childsafe.urlcheck.lookalike.LookalikeDetector;
import org.childsafe.urlcheck.lookalike.ProtectedDomains;
import org.childsafe.urlcheck.lookalike.Shorteners;

/**
 * Makes the one {@link UrlChecker} of the application injectable. It starts with the empty snapshot; the
 * web part's feed scheduler loads the configured sources ({@code BundledFeeds.sources()} by default) with
 * {@link UrlChecker#refresh} on a background thread, so start-up never waits for feeds.
 *
 * <p>{@code @Singleton} (a pseudo-scope, no client proxy) because {@link UrlChecker} is a final class whose
 * only state is its atomic snapshot reference.
 */
@ApplicationScoped
public class UrlCheckerProducer {

    @Produces
    @Singleton
    UrlChecker urlChecker() {
        return new UrlChecker(FeedSnapshot.empty(), new LookalikeDetector(ProtectedDomains.bundled()),
                Shorteners.bundled());
    }
}
