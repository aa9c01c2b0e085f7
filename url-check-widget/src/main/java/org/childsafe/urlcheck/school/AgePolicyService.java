package org.childsafe.urlcheck.school;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.childsafe.lti.audit.AuditLog;
import org.childsafe.urlcheck.verdict.AgeBand;
import org.childsafe.urlcheck.verdict.AgePolicy;
import org.childsafe.urlcheck.verdict.Rating;

/**
 * A school's age policy: its default age band and, per band, the rating of each category where the school
 * differs from the engine's defaults ({@link AgePolicy#defaults(AgeBand)}). Changes are validated and audited.
 *
 * <h2>Rules</h2>
 * Categories in {@link AgePolicy#ALWAYS_UNSAFE} (malware, phishing, …) cannot be set to anything but UNSAFE
 * ({@value #ALWAYS_UNSAFE}); a category id is 1–64 characters of {@code a-z 0-9 _ -} ({@value #BAD_CATEGORY}).
 * Only differences from the defaults are stored.
 */
@ApplicationScoped
@Transactional
public class AgePolicyService {

    public static final String ALWAYS_UNSAFE = "urlcheck.policy.always_unsafe";
    public static final String BAD_CATEGORY = "urlcheck.policy.bad_category";
    public static final String BAD_BAND = "urlcheck.policy.bad_band";

    private static final Pattern CATEGORY = Pattern.compile("[a-z0-9_-]{1,64}");

    @Inject
    PolicyStore store;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<SchoolListsChanged> changed;

    protected AgePolicyService() {
    }

    /** Sets the age band a school checks for by default. */
    public void setDefaultBand(SchoolAdmin admin, AgeBand band) {
        if (band == null) {
            throw new InvalidListEntryException(BAD_BAND);
        }
        store.setDefaultAgeBand(admin.deploymentPk(), band.name(), clock.instant());
        audit.record(admin.actor(), "urlcheck.policy.band", admin.target("policy"), "default " + band);
        changed.fire(new SchoolListsChanged(admin.deploymentPk()));
    }

    /**
     * Sets the ratings of one band: {@code ratings} holds every category the administrator decided on; those equal
     * to the default are not stored.
     */
    public void setRatings(SchoolAdmin admin, AgeBand band, Map<String, Rating> ratings) {
        if (band == null) {
            throw new InvalidListEntryException(BAD_BAND);
        }
        Map<String, Rating> defaults = AgePolicy.defaults(band);
        List<PolicyStore.Rule> rules = new ArrayList<>();
        for (Map.Entry<String, Rating> e : new TreeMap<>(ratings).entrySet()) {
            String category = e.getKey();
            if (category == null || !CATEGORY.matcher(category).matches() || e.getValue() == null) {
                throw new InvalidListEntryException(BAD_CATEGORY);
            }
            if (AgePolicy.ALWAYS_UNSAFE.contains(category) && e.getValue() != Rating.UNSAFE) {
                throw new InvalidListEntryException(ALWAYS_UNSAFE);
            }
            if (defaults.getOrDefault(category, Rating.SAFE) != e.getValue()) {
                rules.add(new PolicyStore.Rule(band.name(), category, e.getValue().name()));
            }
        }
        store.replaceRules(admin.deploymentPk(), band.name(), rules);
        audit.record(admin.actor(), "urlcheck.policy.ratings", admin.target("policy"),
                band + ": " + rules.stream().map(r -> r.category() + "=" + r.rating()).toList());
        changed.fire(new SchoolListsChanged(admin.deploymentPk()));
    }

    /** The stored band name as a band; empty for an unknown name (a newer release's band, a typo). */
    static Optional<AgeBand> parseBand(String name) {
        try {
            return Optional.of(AgeBand.valueOf(name));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    static Optional<Rating> parseRating(String name) {
        try {
            return Optional.of(Rating.valueOf(name));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
