package org.childsafe.lti.launch.application;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.childsafe.lti.launch.domain.LaunchState;

/**
 * Decides, for one authentication response, what binds it to the browser that started the login (LTI-CHECKLIST
 * §2.2; cs-oidc §3): the binding cookie if the browser sent it; otherwise the binding value read back from the
 * platform's client-side storage; otherwise a page that reads it from there, or, without platform storage, a page
 * offering to start the launch again in a new window.
 *
 * <p>Invariants: nothing here accepts a launch. {@link Proceed} only chooses which value {@link LaunchService}
 * compares with the state's binding hash, so a forged value still fails there; a storage answer from the wrong
 * origin ends the launch ({@link StorageOriginMismatch}); an unknown, used or expired state always proceeds, so
 * {@link LaunchService} reports it with its own code.
 */
public final class BrowserBindingResolver {

    /** What the browser reported when it could not read the platform's storage. */
    public static final String ERROR_ORIGIN = "origin";

    private BrowserBindingResolver() {
    }

    /** The outcome. */
    public sealed interface Outcome permits Proceed, FetchFromStorage, OfferNewWindow, StorageOriginMismatch {
    }

    /** Validate the launch with this binding value (null: none). @param binding the value */
    public record Proceed(String binding) implements Outcome {
    }

    /** Serve the page that reads the binding from the platform's storage and posts the launch again. */
    public record FetchFromStorage(LaunchState state) implements Outcome {
        public FetchFromStorage {
            Objects.requireNonNull(state, "State is required.");
        }
    }

    /** Neither cookie nor storage: offer a new window (with the query that restarts the login, if kept). */
    public record OfferNewWindow(Optional<String> relaunchQuery) implements Outcome {
        public OfferNewWindow {
            Objects.requireNonNull(relaunchQuery, "Relaunch query option is required.");
        }
    }

    /** The storage answered from another origin than the platform's: fail closed. */
    public record StorageOriginMismatch() implements Outcome {
    }

    /**
     * @param platformError  the OIDC {@code error} of the response, if any
     * @param cookie         the binding cookie's value, if the browser sent it
     * @param storageBinding the binding value the storage page read back, if any
     * @param storageError   what the storage page reported instead ({@value #ERROR_ORIGIN} or anything else)
     * @param state          the response's state
     * @param pending        reads an unconsumed, unexpired state without consuming it
     */
    public static Outcome resolve(String platformError, String cookie, String storageBinding, String storageError,
                                  String state, Function<String, Optional<LaunchState>> pending) {
        if (present(platformError)) {
            return new Proceed(null);
        }
        if (present(cookie)) {
            return new Proceed(cookie);
        }
        if (present(storageBinding)) {
            return new Proceed(storageBinding);
        }
        if (ERROR_ORIGIN.equals(storageError)) {
            return new StorageOriginMismatch();
        }
        Optional<LaunchState> saved = present(state) ? pending.apply(state) : Optional.empty();
        if (saved.isEmpty() || !saved.get().isBrowserBound()) {
            return new Proceed(null);
        }
        if (saved.get().hasPlatformStorage() && !present(storageError)) {
            return new FetchFromStorage(saved.get());
        }
        return new OfferNewWindow(Optional.ofNullable(saved.get().relaunchQuery()));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
