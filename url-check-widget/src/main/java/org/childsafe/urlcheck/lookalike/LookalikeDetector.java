package org.childsafe.urlcheck.lookalike;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.SpoofChecker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.childsafe.urlcheck.canonical.CanonicalUrl;
import org.childsafe.urlcheck.canonical.Canonicalizer;
import org.childsafe.urlcheck.canonical.RegistrableDomains;

/**
 * Finds hosts that imitate a protected domain or hide their script. Thread-safe and immutable.
 *
 * <h2>Rules</h2>
 * <ol>
 * <li><b>Script</b> (only for internationalised names): each Unicode label goes through ICU's
 *     {@link SpoofChecker} (Unicode TR39) at restriction level "moderately restrictive", plus Chrome's rule
 *     that Latin, Cyrillic and Greek never mix in one label → {@link LookalikeFinding.Kind#MIXED_SCRIPT};
 *     invisible characters or mixed digit sets → {@link LookalikeFinding.Kind#INVISIBLE}; a label written
 *     wholly in Cyrillic or Greek letters that all read as Latin ({@code аррӏе}) outside a Cyrillic/Greek
 *     top-level domain → {@link LookalikeFinding.Kind#WHOLE_SCRIPT}. Vietnamese names are Latin with
 *     diacritics: one script, no finding.</li>
 * <li><b>Look-alike</b>: the registrable label (e.g. {@code vietc0mbank} of {@code vietc0mbank.com}) is
 *     compared with the label of each protected domain by TR39 skeleton (so {@code 0}/{@code o},
 *     {@code rn}/{@code m}, Cyrillic {@code а}/Latin {@code a} are equal) and by edit distance of the
 *     skeletons: at most 2 for labels of 9+ letters, 1 for 6–8, none for shorter ones (where one letter
 *     changes a word: {@code apply} is not {@code apple}). The same label under another suffix
 *     ({@code vietcombank.com}, {@code paypal.blogspot.com}) counts too; a protected label of 7+ letters
 *     inside a longer label ({@code vietcombank-online}) also counts.</li>
 * <li><b>Protected name as subdomain</b>: {@code vietcombank.com.vn.secure-login.example} →
 *     {@link LookalikeFinding.Kind#PROTECTED_IN_SUBDOMAIN}.</li>
 * </ol>
 * The real protected sites and their subdomains never get a finding.
 */
public final class LookalikeDetector {

    private static final Set<String> CYRILLIC_OR_GREEK_TLDS = Set.of("рф", "бг", "укр", "срб", "мкд", "қаз", "мон",
            "бел", "рус", "сайт", "онлайн", "ею", "ελ", "ευ", "дети", "москва", "орг", "ком");
    private static final SpoofChecker SPOOF = new SpoofChecker.Builder()
            .setChecks(SpoofChecker.RESTRICTION_LEVEL | SpoofChecker.INVISIBLE | SpoofChecker.MIXED_NUMBERS
                    | SpoofChecker.HIDDEN_OVERLAY)
            .setRestrictionLevel(SpoofChecker.RestrictionLevel.MODERATELY_RESTRICTIVE).build();
    private static final SpoofChecker SKELETONS = new SpoofChecker.Builder().build();
    private static final String[] ASCII_SKELETON = new String[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_SKELETON[c] = SKELETONS.getSkeleton(String.valueOf(c)).toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final ProtectedDomains protectedDomains;
    /** Protected label skeleton → protected domain. */
    private final Map<String, String> bySkeleton = new HashMap<>();
    /** Protected labels by skeleton length, for the edit-distance pass. */
    private final List<List<Candidate>> byLength = new ArrayList<>();
    /** Protected labels of 7+ letters, for the "contains" pass. */
    private final List<Candidate> long7 = new ArrayList<>();
    private final Set<String> protectedSet;

    /** A protected label: its skeleton, the set of characters in it (bits), and its domain. */
    private record Candidate(String skeleton, long chars, String domain) {
    }

    /** @param protectedDomains the domains to protect */
    public LookalikeDetector(ProtectedDomains protectedDomains) {
        this.protectedDomains = Objects.requireNonNull(protectedDomains, "Protected domains are required.");
        this.protectedSet = Set.copyOf(protectedDomains.domains());
        for (String domain : protectedDomains.domains()) {
            if (!domain.equals(RegistrableDomains.of(domain))) {
                continue; // e.g. classroom.google.com: protected through google.com
            }
            String label = domain.substring(0, domain.indexOf('.'));
            String skeleton = skeleton(label);
            bySkeleton.putIfAbsent(skeleton, domain);
            while (byLength.size() <= skeleton.length()) {
                byLength.add(new ArrayList<>());
            }
            Candidate c = new Candidate(skeleton, chars(skeleton), domain);
            byLength.get(skeleton.length()).add(c);
            if (skeleton.length() >= 7) {
                long7.add(c);
            }
        }
    }

    /** @return the protected list this detector uses */
    public ProtectedDomains protectedDomains() {
        return protectedDomains;
    }

    /**
     * @param url               the canonical URL
     * @param registrableDomain its registrable domain (may be {@code null})
     * @return the findings, empty for an ordinary host
     */
    public List<LookalikeFinding> inspect(CanonicalUrl url, String registrableDomain) {
        if (url.isIpLiteral() || registrableDomain == null || protectedDomains.isProtected(registrableDomain)) {
            return List.of();
        }
        List<LookalikeFinding> out = new ArrayList<>(2);
        String unicodeHost = url.unicodeHost();
        String unicodeRegistrable = registrableDomain;
        if (!isAscii(unicodeHost)) {
            scripts(unicodeHost, out);
            String u = registrableDomain.contains("xn--") ? Canonicalizer.toUnicode(registrableDomain) : null;
            unicodeRegistrable = u == null ? registrableDomain : u;
        }
        int dot = unicodeRegistrable.indexOf('.');
        String label = dot < 0 ? unicodeRegistrable : unicodeRegistrable.substring(0, dot);
        String imitated = imitated(label);
        if (imitated != null) {
            out.add(new LookalikeFinding(LookalikeFinding.Kind.LOOKALIKE, imitated));
        }
        String inSub = protectedInSubdomain(url.host(), registrableDomain);
        if (inSub != null && !inSub.equals(imitated)) {
            out.add(new LookalikeFinding(LookalikeFinding.Kind.PROTECTED_IN_SUBDOMAIN, inSub));
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------ scripts

    private void scripts(String unicodeHost, List<LookalikeFinding> out) {
        String[] labels = unicodeHost.split("\\.");
        String tld = labels[labels.length - 1];
        boolean mixed = false;
        boolean invisible = false;
        boolean whole = false;
        for (String label : labels) {
            if (isAscii(label)) {
                continue;
            }
            SpoofChecker.CheckResult r = new SpoofChecker.CheckResult();
            if (SPOOF.failsChecks(label, r)) {
                mixed |= (r.checks & SpoofChecker.RESTRICTION_LEVEL) != 0;
                invisible |= (r.checks & (SpoofChecker.INVISIBLE | SpoofChecker.MIXED_NUMBERS
                        | SpoofChecker.HIDDEN_OVERLAY)) != 0;
            }
            int scripts = scriptsOf(label);
            mixed |= Integer.bitCount(scripts) > 1;
            whole |= Integer.bitCount(scripts) == 1 && (scripts & (CYRILLIC | GREEK)) != 0
                    && !CYRILLIC_OR_GREEK_TLDS.contains(tld) && isLatinLetters(skeleton(label));
        }
        if (mixed) {
            out.add(new LookalikeFinding(LookalikeFinding.Kind.MIXED_SCRIPT, null));
        }
        if (whole) {
            out.add(new LookalikeFinding(LookalikeFinding.Kind.WHOLE_SCRIPT, null));
        }
        if (invisible) {
            out.add(new LookalikeFinding(LookalikeFinding.Kind.INVISIBLE, null));
        }
    }

    private static final int LATIN = 1;
    private static final int CYRILLIC = 2;
    private static final int GREEK = 4;

    /** Which of Latin, Cyrillic, Greek occur in the label (Chrome's "never mix" trio). */
    private static int scriptsOf(String label) {
        int bits = 0;
        for (int i = 0; i < label.length(); ) {
            int cp = label.codePointAt(i);
            i += Character.charCount(cp);
            switch (UScript.getScript(cp)) {
                case UScript.LATIN -> bits |= LATIN;
                case UScript.CYRILLIC -> bits |= CYRILLIC;
                case UScript.GREEK -> bits |= GREEK;
                default -> { }
            }
        }
        return bits;
    }

    private static boolean isLatinLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '-') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    // ------------------------------------------------------------------------------------------ look-alike

    private String imitated(String label) {
        String skeleton = skeleton(label);
        String exact = bySkeleton.get(skeleton);
        if (exact != null) {
            return exact;
        }
        int len = skeleton.length();
        long chars = chars(skeleton);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int l = Math.max(6, len - 2); l <= len + 2 && l < byLength.size(); l++) {
            for (Candidate p : byLength.get(l)) {
                int max = p.skeleton().length() >= 9 ? 2 : 1;
                // Each character missing from the other string costs at least one edit: a cheap exact filter.
                if (Long.bitCount(chars & ~p.chars()) > max || Long.bitCount(p.chars() & ~chars) > max) {
                    continue;
                }
                int d = EditDistance.bounded(skeleton, p.skeleton(), max);
                if (d <= max && d < bestDistance) {
                    best = p.domain();
                    bestDistance = d;
                }
            }
        }
        if (best != null) {
            return best;
        }
        if (len > 7) {
            for (Candidate p : long7) {
                if (p.skeleton().length() < len && (p.chars() & ~chars) == 0 && skeleton.contains(p.skeleton())) {
                    return p.domain();
                }
            }
        }
        return null;
    }

    /** Bit per character class: a–z, 0–9, and one bit shared by everything else. */
    private static long chars(String s) {
        long bits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            bits |= c >= 'a' && c <= 'z' ? 1L << (c - 'a') : c >= '0' && c <= '9' ? 1L << (26 + c - '0') : 1L << 63;
        }
        return bits;
    }

    private String protectedInSubdomain(String host, String registrable) {
        int end = host.length() - registrable.length() - 1;
        if (end <= 0) {
            return null;
        }
        String sub = host.substring(0, end);
        // Every run of whole labels of the subdomain part, e.g. for "a.b.c": a, a.b, a.b.c, b, b.c, c.
        for (int from = 0; from < sub.length(); from = sub.indexOf('.', from) + 1) {
            for (int to = sub.indexOf('.', from); ; to = sub.indexOf('.', to + 1)) {
                String run = sub.substring(from, to < 0 ? sub.length() : to);
                if (protectedSet.contains(run)) {
                    return run;
                }
                if (to < 0) {
                    break;
                }
            }
            if (sub.indexOf('.', from) < 0) {
                break;
            }
        }
        for (int from = 0; from < sub.length(); ) {
            int to = sub.indexOf('.', from);
            String label = sub.substring(from, to < 0 ? sub.length() : to);
            if (label.length() >= 5) {
                String d = bySkeleton.get(skeleton(label));
                if (d != null) {
                    return d;
                }
            }
            if (to < 0) {
                break;
            }
            from = to + 1;
        }
        return null;
    }

    /**
     * TR39 skeleton, lowercased (TR39 maps {@code 0} to {@code O}, which must equal {@code o} in a host name);
     * for ASCII through a table built the same way from ICU, so the common case makes no ICU call.
     */
    static String skeleton(String label) {
        if (!isAscii(label)) {
            return SKELETONS.getSkeleton(label).toLowerCase(java.util.Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(label.length() + 2);
        for (int i = 0; i < label.length(); i++) {
            sb.append(ASCII_SKELETON[label.charAt(i)]);
        }
        return sb.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
