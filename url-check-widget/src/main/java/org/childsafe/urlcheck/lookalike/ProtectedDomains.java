package org.childsafe.urlcheck.lookalike;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Domains that phishing imitates and children must not be fooled about: Vietnamese banks and e-wallets,
 * gov.vn portals, school and LMS platforms, popular sites. The bundled list is the data file
 * {@value #RESOURCE} (one registrable domain per line, {@code #} comments) so it can grow without code.
 */
public final class ProtectedDomains {

    /** Classpath resource of the bundled list. */
    public static final String RESOURCE = "/org/childsafe/urlcheck/lookalike/protected-domains.txt";

    private final List<String> domains;
    private final Set<String> set;

    private ProtectedDomains(Collection<String> domains) {
        this.domains = domains.stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).filter(d -> !d.isEmpty())
                .distinct().toList();
        this.set = Set.copyOf(this.domains);
    }

    /** @return the bundled list */
    public static ProtectedDomains bundled() {
        try (InputStream in = ProtectedDomains.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int hash = line.indexOf('#');
                String d = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!d.isEmpty()) {
                    out.add(d);
                }
            }
            return new ProtectedDomains(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a list of the given registrable domains (ASCII) */
    public static ProtectedDomains of(Collection<String> domains) {
        return new ProtectedDomains(domains);
    }

    /** @return the domains, in file order */
    public List<String> domains() {
        return domains;
    }

    /** @return whether the registrable domain is itself protected (the real site) */
    public boolean isProtected(String registrableDomain) {
        return registrableDomain != null && set.contains(registrableDomain);
    }
}
