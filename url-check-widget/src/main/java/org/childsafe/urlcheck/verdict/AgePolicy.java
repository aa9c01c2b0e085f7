package org.childsafe.urlcheck.verdict;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Default rating of each feed category per age band. A school may override any category (its per-school
 * policy, kept by the web part), except the {@link #ALWAYS_UNSAFE} ones: malware and phishing harm a child of
 * any age and no setting makes them acceptable.
 *
 * <h2>Defaults (UT1 category ids)</h2>
 * <ul>
 * <li>UNSAFE for everyone: {@code malware}, {@code phishing}, {@code cryptojacking}, {@code stalkerware},
 *     {@code ddos}, {@code adult}, {@code mixed_adult}, {@code agressif}, {@code dangerous_material},
 *     {@code drogue}, {@code gambling}, {@code arjel}, {@code hacking}, {@code warez}, {@code sect},
 *     {@code dialer}.</li>
 * <li>Primary: also UNSAFE {@code dating}, {@code lingerie}, {@code redirector} family, {@code vpn},
 *     {@code residential-proxies}, {@code remote-control}, {@code tricheur}; CAUTION {@code chat},
 *     {@code social_networks}, {@code forums}, {@code filehosting}, {@code download}, {@code games},
 *     {@code shopping}, {@code bitcoin}, {@code financial}, {@code fakenews}, {@code webmail},
 *     {@code shortener}, {@code sexual_education} (a grown-up should be there), {@code celebrity},
 *     {@code audio-video}, {@code manga}, {@code publicite}, {@code marketingware}, {@code doh},
 *     {@code dynamic-dns}, {@code astrology}.</li>
 * <li>Lower secondary: UNSAFE {@code dating}, {@code lingerie}, redirectors; CAUTION the primary CAUTION set
 *     without {@code games}, {@code audio-video}, {@code manga}, {@code celebrity}, {@code sexual_education},
 *     plus {@code vpn}, {@code tricheur}.</li>
 * <li>Upper secondary: UNSAFE {@code dating}; CAUTION {@code lingerie}, redirectors, {@code vpn},
 *     {@code bitcoin}, {@code financial}, {@code fakenews}, {@code shortener}, {@code filehosting},
 *     {@code tricheur}, {@code publicite}, {@code marketingware}.</li>
 * </ul>
 * Everything else (news, education, sports, jobsearch, …) is SAFE: being listed is not a judgement.
 */
public final class AgePolicy {

    /** Categories no policy can relax. */
    public static final Set<String> ALWAYS_UNSAFE = Set.of("malware", "phishing", "cryptojacking", "stalkerware");

    private static final Set<String> UNSAFE_ALL = Set.of("malware", "phishing", "cryptojacking", "stalkerware",
            "ddos", "adult", "mixed_adult", "agressif", "dangerous_material", "drogue", "gambling", "arjel",
            "hacking", "warez", "sect", "dialer");
    private static final Set<String> REDIRECTORS = Set.of("redirector", "strict_redirector", "strong_redirector");

    private static final Map<AgeBand, Map<String, Rating>> DEFAULTS = Map.of(
            AgeBand.PRIMARY, primary(),
            AgeBand.LOWER_SECONDARY, lowerSecondary(),
            AgeBand.UPPER_SECONDARY, upperSecondary());

    private AgePolicy() {
    }

    /** @return the default rating per category id for the band (categories not in the map are SAFE) */
    public static Map<String, Rating> defaults(AgeBand band) {
        return DEFAULTS.get(band);
    }

    /**
     * @param category  a category id
     * @param band      the age band
     * @param overrides a school's ratings per category (may be empty)
     * @return the rating: always UNSAFE for {@link #ALWAYS_UNSAFE}, else the override, else the default, else SAFE
     */
    public static Rating ratingOf(String category, AgeBand band, Map<String, Rating> overrides) {
        if (ALWAYS_UNSAFE.contains(category)) {
            return Rating.UNSAFE;
        }
        Rating r = overrides.get(category);
        if (r != null) {
            return r;
        }
        return DEFAULTS.get(band).getOrDefault(category, Rating.SAFE);
    }

    private static Map<String, Rating> primary() {
        Map<String, Rating> m = base();
        put(m, Rating.UNSAFE, "dating", "lingerie", "vpn", "residential-proxies", "remote-control", "tricheur");
        REDIRECTORS.forEach(c -> m.put(c, Rating.UNSAFE));
        put(m, Rating.CAUTION, "chat", "social_networks", "forums", "filehosting", "download", "games", "shopping",
                "bitcoin", "financial", "fakenews", "webmail", "shortener", "sexual_education", "celebrity",
                "audio-video", "manga", "publicite", "marketingware", "doh", "dynamic-dns", "astrology");
        return Map.copyOf(m);
    }

    private static Map<String, Rating> lowerSecondary() {
        Map<String, Rating> m = base();
        put(m, Rating.UNSAFE, "dating", "lingerie");
        REDIRECTORS.forEach(c -> m.put(c, Rating.UNSAFE));
        put(m, Rating.CAUTION, "chat", "social_networks", "forums", "filehosting", "download", "shopping",
                "bitcoin", "financial", "fakenews", "webmail", "shortener", "publicite", "marketingware", "doh",
                "dynamic-dns", "astrology", "vpn", "tricheur", "residential-proxies", "remote-control");
        return Map.copyOf(m);
    }

    private static Map<String, Rating> upperSecondary() {
        Map<String, Rating> m = base();
        put(m, Rating.UNSAFE, "dating");
        REDIRECTORS.forEach(c -> m.put(c, Rating.CAUTION));
        put(m, Rating.CAUTION, "lingerie", "vpn", "bitcoin", "financial", "fakenews", "shortener", "filehosting",
                "tricheur", "publicite", "marketingware", "residential-proxies");
        return Map.copyOf(m);
    }

    private static Map<String, Rating> base() {
        Map<String, Rating> m = new HashMap<>();
        UNSAFE_ALL.forEach(c -> m.put(c, Rating.UNSAFE));
        return m;
    }

    private static void put(Map<String, Rating> m, Rating r, String... categories) {
        for (String c : categories) {
            m.put(c, r);
        }
    }
}
