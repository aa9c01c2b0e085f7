package org.childsafe.urlcheck.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a school administrator types becomes the entry the checker matches, or a refusal with a code. */
class ListEntryValidatorTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "Example.COM, example.com",
            "'  example.com.  ', example.com",
            "*.games.example.com, games.example.com",
            "học.vn, xn--hc-68s.vn",
            "192.168.1.1, 192.168.1.1"})
    void normalisesDomainsLikeCheckedLinks(String typed, String stored) {
        assertThat(ListEntryValidator.normalise(EntryKind.DOMAIN, typed)).isEqualTo(stored);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "https://Example.com:443/Games/, https://example.com/Games/",
            "http://example.com/a/./b/../c, http://example.com/a/c",
            "https://example.com/search?q=x, https://example.com/search"})
    void normalisesUrlPrefixes(String typed, String stored) {
        assertThat(ListEntryValidator.normalise(EntryKind.URL_PREFIX, typed)).isEqualTo(stored);
    }

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource({
            "DOMAIN, '   ', urlcheck.list.empty",
            "DOMAIN, example.com/games, urlcheck.list.domain_has_path",
            "DOMAIN, https://example.com, urlcheck.list.domain_has_path",
            "DOMAIN, user@example.com, urlcheck.list.domain_has_path",
            "DOMAIN, example.com:8080, urlcheck.list.domain_has_path",
            "DOMAIN, com.vn, urlcheck.list.public_suffix",
            "DOMAIN, localhost, urlcheck.list.invalid_domain",
            "URL_PREFIX, example.com/games, urlcheck.list.invalid_prefix",
            "URL_PREFIX, javascript:alert(1), urlcheck.list.invalid_prefix",
            "URL_PREFIX, https://user:pw@example.com/, urlcheck.list.invalid_prefix"})
    void refusesWithAStableCode(EntryKind kind, String typed, String code) {
        InvalidListEntryException refused = assertThrows(InvalidListEntryException.class,
                () -> ListEntryValidator.normalise(kind, typed));
        assertThat(refused.code()).isEqualTo(code);
    }

    @Test
    void refusesTooLongValuesAndNotes() {
        assertThat(assertThrows(InvalidListEntryException.class,
                () -> ListEntryValidator.normalise(EntryKind.DOMAIN, "a".repeat(1001) + ".com")).code())
                .isEqualTo(ListEntryValidator.TOO_LONG);
        assertThat(assertThrows(InvalidListEntryException.class, () -> ListEntryValidator.note("x".repeat(201))).code())
                .isEqualTo(ListEntryValidator.NOTE_TOO_LONG);
        assertThat(ListEntryValidator.note("  ")).isNull();
        assertThat(ListEntryValidator.note(" blocked by the principal ")).isEqualTo("blocked by the principal");
    }
}
