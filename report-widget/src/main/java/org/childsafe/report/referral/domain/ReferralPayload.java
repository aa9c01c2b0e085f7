package org.childsafe.report.referral.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The minimum set of facts a referral tells the national network (PRODUCT.md C7; issue 5), and nothing else.
 *
 * <h2>Minimisation</h2>
 * The record's components ARE the allow-list: {@link #toJson()} writes exactly these, under the member names in
 * {@link #MEMBERS}, and a test fails when a component or member is added without updating the documented schema
 * ({@code docs/referral-api.md}). There is deliberately no place for an LMS user id, the reporter, the case code or
 * passcode, an IP address or the reporter's own words: {@link #summary} is the counselor's factual summary.
 * The child's identity travels only as a {@link ChildIdentity}, which cannot exist without a {@link LegalBasis}.
 *
 * @param caseReference opaque reference of the school's case ({@code CSR-…}); never an LMS id or the case code
 * @param categories    category names of the case, e.g. {@code BULLYING}
 * @param risk          the case's priority: {@code LIFE_SAFETY}, {@code HIGH}, {@code MEDIUM} or {@code LOW}
 * @param summary       the counselor's factual summary
 * @param links         web addresses involved, as text (never fetched)
 * @param accounts      account names involved
 * @param platforms     platforms or apps involved
 * @param timeWindow    when it happened
 * @param province      the school's province or city
 * @param schoolName    the school's name
 * @param ageBand       the affected child's age band
 * @param schoolActed   whether the school has already acted
 * @param contact       the counselor the network calls back
 * @param child         the child's identity, or {@code null} (the default) without a legal basis
 */
public record ReferralPayload(
        String caseReference,
        List<String> categories,
        String risk,
        String summary,
        List<String> links,
        List<String> accounts,
        List<String> platforms,
        TimeWindow timeWindow,
        String province,
        String schoolName,
        AgeBand ageBand,
        boolean schoolActed,
        CounselorContact contact,
        ChildIdentity child) {

    /** Version of the payload schema, sent as {@code schema}. */
    public static final String SCHEMA = "childsafe.referral/1";

    /** Every top-level member {@link #toJson()} may write: the documented schema. */
    public static final List<String> MEMBERS = List.of("schema", "case_reference", "categories", "risk", "summary",
            "online", "time_window", "school", "age_band", "school_acted", "contact", "child");

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z_]{0,31}");
    private static final Pattern REFERENCE = Pattern.compile("CSR-[0-9A-Z]{8,32}");
    private static final List<String> RISKS = List.of("LIFE_SAFETY", "HIGH", "MEDIUM", "LOW");

    public ReferralPayload {
        if (caseReference == null || !REFERENCE.matcher(caseReference).matches()) {
            throw new IllegalArgumentException("A case reference looks like CSR- and 8 to 32 letters or digits.");
        }
        categories = Text.list(categories, 12, 32);
        if (categories.isEmpty() || !categories.stream().allMatch(c -> NAME.matcher(c).matches())) {
            throw new IllegalArgumentException("At least one category name is required.");
        }
        if (!RISKS.contains(risk)) {
            throw new IllegalArgumentException("Risk must be one of " + RISKS + ".");
        }
        summary = Text.required(summary, "Summary", 4000);
        links = Text.list(links, 20, 2000);
        accounts = Text.list(accounts, 20, 200);
        platforms = Text.list(platforms, 10, 100);
        timeWindow = timeWindow == null ? TimeWindow.unknown() : timeWindow;
        province = Text.optional(province, 100);
        schoolName = Text.required(schoolName, "School name", 200);
        ageBand = ageBand == null ? AgeBand.UNKNOWN : ageBand;
        Objects.requireNonNull(contact, "The counselor contact is required.");
    }

    /** The child's identity, present only with a legal basis. */
    public Optional<ChildIdentity> childIdentity() {
        return Optional.ofNullable(child);
    }

    /** The same facts without the child's identity. */
    public ReferralPayload withoutChild() {
        return new ReferralPayload(caseReference, categories, risk, summary, links, accounts, platforms, timeWindow,
                province, schoolName, ageBand, schoolActed, contact, null);
    }

    /**
     * The payload as a JSON object (ordered maps and lists of strings and booleans), the {@code referral} member
     * of the signed message; see {@code docs/referral-api.md}. Absent optional values are left out.
     */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("schema", SCHEMA);
        json.put("case_reference", caseReference);
        json.put("categories", categories);
        json.put("risk", risk);
        json.put("summary", summary);
        json.put("online", Map.of("links", links, "accounts", accounts, "platforms", platforms));
        Map<String, Object> window = new LinkedHashMap<>();
        putIfPresent(window, "from", timeWindow.from() == null ? null : timeWindow.from().toString());
        putIfPresent(window, "to", timeWindow.to() == null ? null : timeWindow.to().toString());
        window.put("approximate", timeWindow.approximate());
        json.put("time_window", window);
        Map<String, Object> school = new LinkedHashMap<>();
        school.put("name", schoolName);
        putIfPresent(school, "province", province);
        json.put("school", school);
        json.put("age_band", ageBand.name());
        json.put("school_acted", schoolActed);
        Map<String, Object> counselor = new LinkedHashMap<>();
        counselor.put("name", contact.name());
        putIfPresent(counselor, "email", contact.email());
        putIfPresent(counselor, "phone", contact.phone());
        json.put("contact", counselor);
        if (child != null) {
            Map<String, Object> identity = new LinkedHashMap<>();
            identity.put("name", child.name());
            putIfPresent(identity, "class", child.className());
            identity.put("legal_basis", child.legalBasis().name());
            json.put("child", identity);
        }
        return json;
    }

    private static void putIfPresent(Map<String, Object> json, String name, Object value) {
        if (value != null) {
            json.put(name, value);
        }
    }
}
