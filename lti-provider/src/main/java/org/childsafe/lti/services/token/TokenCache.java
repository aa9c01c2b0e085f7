package org.childsafe.lti.services.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Access tokens per (registration, scope set), kept until {@code expires_in} minus a 30 s margin runs out
 * (LTI checklist §2.6: Moodle issues one-hour tokens). Thread-safe and single-flight: concurrent callers for the
 * same key wait for one token request instead of each sending their own. A failed request is not cached.
 */
public class TokenCache {

    /** A token is not handed out in its last 30 s, so it cannot expire on the way to the service. */
    public static final Duration EXPIRY_MARGIN = Duration.ofSeconds(30);

    private record Key(String registrationKey, SortedSet<String> scopes) {
    }

    private record Entry(AccessToken token, Instant validUntil) {
    }

    private final AccessTokenClient client;
    private final Clock clock;
    private final ConcurrentMap<Key, CompletableFuture<Entry>> entries = new ConcurrentHashMap<>();

    public TokenCache(AccessTokenClient client, Clock clock) {
        this.client = Objects.requireNonNull(client, "Access token client is required.");
        this.clock = Objects.requireNonNull(clock, "Clock is required.");
    }

    /** A token for exactly these scopes, from the cache or newly requested. */
    public AccessToken token(TokenEndpoint endpoint, Set<String> scopes) {
        Key key = new Key(endpoint.registrationKey(), new TreeSet<>(scopes));
        while (true) {
            CompletableFuture<Entry> mine = new CompletableFuture<>();
            CompletableFuture<Entry> existing = entries.putIfAbsent(key, mine);
            if (existing == null) {
                return fetch(endpoint, key, mine).token();
            }
            Entry entry = await(existing);
            if (clock.instant().isBefore(entry.validUntil())) {
                return entry.token();
            }
            entries.remove(key, existing);
        }
    }

    /** Forgets {@code token} (the service refused it), unless another caller already replaced it. */
    public void invalidate(TokenEndpoint endpoint, Set<String> scopes, AccessToken token) {
        Key key = new Key(endpoint.registrationKey(), new TreeSet<>(scopes));
        entries.computeIfPresent(key, (k, future) -> future.isDone() && !future.isCompletedExceptionally()
                && future.join().token().equals(token) ? null : future);
    }

    private Entry fetch(TokenEndpoint endpoint, Key key, CompletableFuture<Entry> mine) {
        try {
            Instant requestedAt = clock.instant();
            AccessToken token = client.request(endpoint, key.scopes());
            Entry entry = new Entry(token, requestedAt.plus(token.expiresIn()).minus(EXPIRY_MARGIN));
            mine.complete(entry);
            return entry;
        } catch (RuntimeException e) {
            entries.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private static Entry await(CompletableFuture<Entry> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
