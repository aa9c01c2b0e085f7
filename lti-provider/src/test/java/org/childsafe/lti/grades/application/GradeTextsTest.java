package org.childsafe.lti.grades.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every state and every reason a teacher can see has its own text in Vietnamese and English. */
class GradeTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void everyStateAndErrorCodeHasAText(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.childsafe.lti.i18n.messages", Locale.forLanguageTag(language));

        for (SyncState state : SyncState.values()) {
            assertThat(bundle.getString("grades.state." + state.name())).isNotBlank();
        }
        for (String code : GradeErrors.ALL) {
            assertThat(bundle.getString("grades.error." + code)).as(code).isNotBlank();
        }
        assertThat(bundle.getString("grades.error." + GradeErrors.USER_NOT_GRADABLE))
                .isNotEqualTo(ResourceBundle.getBundle("org.childsafe.lti.i18n.messages",
                        Locale.forLanguageTag("vi".equals(language) ? "en" : "vi"))
                        .getString("grades.error." + GradeErrors.USER_NOT_GRADABLE));
    }
}
