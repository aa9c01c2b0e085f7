package org.childsafe.lti.deeplinking;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The deep-linking request a session is answering, kept in the HTTP session under {@link #SESSION_ATTRIBUTE}.
 *
 * <p>Invariant: a request is answered at most once. {@link #take()} hands the settings out and forgets them in
 * one atomic step, so a double click, a resubmitted form or a replayed POST cannot produce a second response.
 */
public final class PendingDeepLinking implements Serializable {

    /** Session attribute holding the pending request. */
    public static final String SESSION_ATTRIBUTE = PendingDeepLinking.class.getName();

    private static final long serialVersionUID = 1L;

    private final AtomicReference<DeepLinkingSettings> settings;

    public PendingDeepLinking(DeepLinkingSettings settings) {
        this.settings = new AtomicReference<>(Objects.requireNonNull(settings, "Settings are required."));
    }

    /** @return the settings while the request is still unanswered */
    public Optional<DeepLinkingSettings> peek() {
        return Optional.ofNullable(settings.get());
    }

    /** @return the settings, exactly once; empty once the request was answered */
    public Optional<DeepLinkingSettings> take() {
        return Optional.ofNullable(settings.getAndSet(null));
    }
}
