package org.childsafe.lti.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Mapping platform and user language tags to the two languages the tool ships. */
class LocaleSelectorTest {

    @Test
    void mapsRegionalAndJavaStyleTagsToTheirLanguage() {
        assertThat(LocaleSelector.supportedOrDefault("vi-VN")).isEqualTo("vi");
        assertThat(LocaleSelector.supportedOrDefault("vi")).isEqualTo("vi");
        assertThat(LocaleSelector.supportedOrDefault("en_US")).isEqualTo("en");
        assertThat(LocaleSelector.supportedOrDefault("en-GB")).isEqualTo("en");
        assertThat(LocaleSelector.supportedOrDefault(" en ")).isEqualTo("en");
    }

    @Test
    void ignoresCase() {
        assertThat(LocaleSelector.supportedOrDefault("EN")).isEqualTo("en");
        assertThat(LocaleSelector.supportedOrDefault("VI_vn")).isEqualTo("vi");
    }

    @Test
    void fallsBackToVietnameseForUnsupportedLanguages() {
        assertThat(LocaleSelector.supportedOrDefault("fr")).isEqualTo(LocaleSelector.DEFAULT).isEqualTo("vi");
        assertThat(LocaleSelector.supportedOrDefault("fr-CA")).isEqualTo("vi");
        assertThat(LocaleSelector.supportedOrDefault("english")).isEqualTo("vi");
    }

    @Test
    void fallsBackToVietnameseForMissingOrGarbageTags() {
        assertThat(LocaleSelector.supportedOrDefault(null)).isEqualTo("vi");
        assertThat(LocaleSelector.supportedOrDefault("")).isEqualTo("vi");
        assertThat(LocaleSelector.supportedOrDefault("   ")).isEqualTo("vi");
        assertThat(LocaleSelector.supportedOrDefault("<script>en</script>")).isEqualTo("vi");
        assertThat(LocaleSelector.supportedOrDefault("--en")).isEqualTo("vi");
    }
}
