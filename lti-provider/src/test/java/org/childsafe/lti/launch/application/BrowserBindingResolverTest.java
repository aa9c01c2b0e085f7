package org.childsafe.lti.launch.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.childsafe.lti.launch.application.BrowserBindingResolver.FetchFromStorage;
import org.childsafe.lti.launch.application.BrowserBindingResolver.OfferNewWindow;
import org.childsafe.lti.launch.application.BrowserBindingResolver.Outcome;
import org.childsafe.lti.launch.application.BrowserBindingResolver.Proceed;
import org.childsafe.lti.launch.application.BrowserBindingResolver.StorageOriginMismatch;
import org.childsafe.lti.launch.domain.LaunchState;
import org.junit.jupiter.api.Test;

class BrowserBindingResolverTest {

    private static final Instant LATER = Instant.parse("2030-01-01T00:00:00Z");
    private static final LaunchState WITH_STORAGE = new LaunchState("s1", "n1", 1, "https://tool/launch/lessons",
            "hash", LATER, "_parent", "iss=x&login_hint=y");
    private static final LaunchState WITHOUT_STORAGE = new LaunchState("s1", "n1", 1, "https://tool/launch/lessons",
            "hash", LATER, null, "iss=x&login_hint=y");
    private static final LaunchState UNBOUND = new LaunchState("s1", "n1", 1, "https://tool/launch/lessons",
            null, LATER);

    private static Function<String, Optional<LaunchState>> pending(LaunchState state) {
        return s -> Optional.ofNullable(state).filter(found -> found.state().equals(s));
    }

    private static Function<String, Optional<LaunchState>> mustNotBeRead() {
        return s -> {
            throw new AssertionError("the state must not be read");
        };
    }

    @Test
    void theCookieWinsAndNeedsNoStateLookup() {
        assertThat(BrowserBindingResolver.resolve(null, "cookie", "stored", "origin", "s1", mustNotBeRead()))
                .isEqualTo(new Proceed("cookie"));
    }

    @Test
    void aStoredBindingIsUsedWhenTheCookieIsMissing() {
        assertThat(BrowserBindingResolver.resolve(null, null, "stored", null, "s1", mustNotBeRead()))
                .isEqualTo(new Proceed("stored"));
    }

    @Test
    void aPlatformErrorProceedsSoTheLaunchServiceReportsIt() {
        assertThat(BrowserBindingResolver.resolve("access_denied", null, null, null, "s1", mustNotBeRead()))
                .isEqualTo(new Proceed(null));
    }

    @Test
    void aStorageAnswerFromAForeignOriginFailsClosed() {
        assertThat(BrowserBindingResolver.resolve(null, null, null, "origin", "s1", pending(WITH_STORAGE)))
                .isInstanceOf(StorageOriginMismatch.class);
    }

    @Test
    void withoutCookieReadsFromThePlatformStorageWhenTheLoginOfferedIt() {
        Outcome outcome = BrowserBindingResolver.resolve(null, null, null, null, "s1", pending(WITH_STORAGE));

        assertThat(outcome).isEqualTo(new FetchFromStorage(WITH_STORAGE));
    }

    @Test
    void offersANewWindowWhenTheStorageCouldNotAnswer() {
        assertThat(BrowserBindingResolver.resolve(null, null, "", "unavailable", "s1", pending(WITH_STORAGE)))
                .isEqualTo(new OfferNewWindow(Optional.of("iss=x&login_hint=y")));
    }

    @Test
    void offersANewWindowWithoutCookieAndWithoutStorage() {
        assertThat(BrowserBindingResolver.resolve(null, " ", null, null, "s1", pending(WITHOUT_STORAGE)))
                .isEqualTo(new OfferNewWindow(Optional.of("iss=x&login_hint=y")));
    }

    @Test
    void unknownUsedOrExpiredStatesProceedSoTheirOwnErrorIsShown() {
        assertThat(BrowserBindingResolver.resolve(null, null, null, null, "other", pending(WITH_STORAGE)))
                .isEqualTo(new Proceed(null));
        assertThat(BrowserBindingResolver.resolve(null, null, null, null, null, mustNotBeRead()))
                .isEqualTo(new Proceed(null));
    }

    @Test
    void aStateWithoutBindingProceeds() {
        assertThat(BrowserBindingResolver.resolve(null, null, null, null, "s1", pending(UNBOUND)))
                .isEqualTo(new Proceed(null));
    }
}
