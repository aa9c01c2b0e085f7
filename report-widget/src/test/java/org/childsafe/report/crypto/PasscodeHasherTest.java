package org.childsafe.report.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasscodeHasherTest {

    @Test
    void aPasscodeHasThreeGroupsFromTheCodeAlphabet() {
        assertThat(PasscodeHasher.newPasscode()).matches("[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}(-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}){2}");
        assertThat(PasscodeHasher.newPasscode()).isNotEqualTo(PasscodeHasher.newPasscode());
    }

    @Test
    void theHashIsSlowSaltedAndMatchesTheTypedPasscodeInAnyForm() {
        String passcode = PasscodeHasher.newPasscode();

        String hash = PasscodeHasher.hash(passcode);

        assertThat(hash).startsWith("pbkdf2-sha256$210000$").doesNotContain(passcode).doesNotContain(passcode.replace("-", ""));
        assertThat(PasscodeHasher.hash(passcode)).isNotEqualTo(hash);
        assertThat(PasscodeHasher.matches(hash, passcode)).isTrue();
        assertThat(PasscodeHasher.matches(hash, " " + passcode.toLowerCase().replace("-", " ") + " ")).isTrue();
    }

    @Test
    void aWrongOrAbsurdPasscodeDoesNotMatch() {
        String hash = PasscodeHasher.hash("AAAA-BBBB-CCCC");

        assertThat(PasscodeHasher.matches(hash, "AAAA-BBBB-CCCD")).isFalse();
        assertThat(PasscodeHasher.matches(hash, null)).isFalse();
        assertThat(PasscodeHasher.matches(hash, "A".repeat(65))).isFalse();
    }
}
