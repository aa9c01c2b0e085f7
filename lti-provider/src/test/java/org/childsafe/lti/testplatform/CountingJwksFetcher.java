package org.childsafe.lti.testplatform;

import java.io.IOException;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.nimbusds.jose.jwk.JWKSet;

import org.childsafe.lti.launch.application.JwksFetcher;

/**
 * Test double of {@link JwksFetcher}: answers from a supplier (typically
 * {@code platform::publicJwks}, no HTTP) or from a real fetcher, counts calls and can be switched
 * to fail, so tests can assert caching, refetch-once and rate limiting exactly.
 */
public final class CountingJwksFetcher implements JwksFetcher {

    private final JwksFetcher delegate;
    private final AtomicInteger count = new AtomicInteger();
    private volatile boolean failing;

    /** @param source what each fetch returns */
    public CountingJwksFetcher(Supplier<JWKSet> source) {
        Objects.requireNonNull(source, "Source is required.");
        this.delegate = uri -> source.get();
    }

    /** @param delegate the fetcher that really fetches, e.g. an {@code HttpJwksFetcher} */
    public CountingJwksFetcher(JwksFetcher delegate) {
        this.delegate = Objects.requireNonNull(delegate, "Delegate is required.");
    }

    @Override
    public JWKSet fetch(URI jwksUri) throws IOException {
        count.incrementAndGet();
        if (failing) {
            throw new IOException("simulated JWKS outage");
        }
        return delegate.fetch(jwksUri);
    }

    /** @param failing true to make every following fetch throw an {@link IOException} */
    public void setFailing(boolean failing) {
        this.failing = failing;
    }

    /** @return how many fetches were attempted */
    public int count() {
        return count.get();
    }
}
