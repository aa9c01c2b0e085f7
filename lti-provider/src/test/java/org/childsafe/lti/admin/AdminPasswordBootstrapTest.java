package org.childsafe.lti.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the tool administrator's password comes to be: configured, generated once, or reused. */
class AdminPasswordBootstrapTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);

    private final InMemorySettings settings = new InMemorySettings();
    private final List<String> announced = new ArrayList<>();

    @Test
    void configuredPasswordIsUsedAndNothingIsStoredOrLogged() {
        PasswordHash hash = AdminPasswordBootstrap.resolve(Optional.of("chosen by the operator"), settings, CLOCK, announced::add);

        assertThat(hash.matches("chosen by the operator".toCharArray())).isTrue();
        assertThat(settings.values).isEmpty();
        assertThat(announced).isEmpty();
    }

    @Test
    void firstStartGeneratesStoresOnlyTheHashAndAnnouncesThePasswordOnce() {
        PasswordHash hash = AdminPasswordBootstrap.resolve(Optional.empty(), settings, CLOCK, announced::add);

        assertThat(announced).singleElement().satisfies(password -> {
            assertThat(password).hasSize(20).matches("[A-Za-z2-9]{20}");
            assertThat(hash.matches(password.toCharArray())).isTrue();
            assertThat(settings.values.get(AdminPasswordBootstrap.SETTING)).startsWith("pbkdf2-sha256$").doesNotContain(password);
        });
    }

    @Test
    void laterStartsReuseTheStoredHashAndAnnounceNothing() {
        AdminPasswordBootstrap.resolve(Optional.empty(), settings, CLOCK, announced::add);
        String password = announced.get(0);

        PasswordHash again = AdminPasswordBootstrap.resolve(Optional.empty(), settings, CLOCK, announced::add);

        assertThat(announced).hasSize(1);
        assertThat(again.matches(password.toCharArray())).isTrue();
    }

    @Test
    void nodeThatLosesTheInsertRaceUsesTheWinnersHashAndAnnouncesNothing() {
        PasswordHash winner = PasswordHash.of("winner's generated password".toCharArray());
        settings.anotherNodeInsertsFirst = winner.encoded();

        PasswordHash used = AdminPasswordBootstrap.resolve(Optional.empty(), settings, CLOCK, announced::add);

        assertThat(announced).isEmpty();
        assertThat(used.matches("winner's generated password".toCharArray())).isTrue();
    }

    @Test
    void generatedPasswordsDiffer() {
        assertThat(AdminPasswordBootstrap.generatePassword()).isNotEqualTo(AdminPasswordBootstrap.generatePassword());
    }

    /** tool_setting in memory; can simulate another cluster node inserting between our read and our insert. */
    private static final class InMemorySettings implements ToolSettings {

        final Map<String, String> values = new HashMap<>();
        String anotherNodeInsertsFirst;

        @Override
        public Optional<String> find(String name) {
            return Optional.ofNullable(values.get(name));
        }

        @Override
        public boolean insertIfAbsent(String name, String value, Instant now) {
            if (anotherNodeInsertsFirst != null) {
                values.put(name, anotherNodeInsertsFirst);
                anotherNodeInsertsFirst = null;
            }
            return values.putIfAbsent(name, value) == null;
        }
    }
}
