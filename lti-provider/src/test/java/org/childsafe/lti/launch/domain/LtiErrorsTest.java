package org.childsafe.lti.launch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class LtiErrorsTest {

    @Test
    void everyCodeIsLowerCaseUnderTheLtiPrefixAndUnique() throws IllegalAccessException {
        List<String> codes = codes();

        assertThat(codes).isNotEmpty().doesNotHaveDuplicates().allMatch(code -> code.matches("lti\\.[a-z0-9_]+"));
    }

    @Test
    void answersLoginInitiationErrorsWith400() {
        assertThat(List.of(LtiErrors.MISSING_PARAM, LtiErrors.UNKNOWN_ISSUER, LtiErrors.UNKNOWN_CLIENT,
                LtiErrors.AMBIGUOUS_CLIENT, LtiErrors.INVALID_TARGET_LINK_URI, LtiErrors.INVALID_LOGIN_HINT))
                .allMatch(code -> LtiErrors.httpStatus(code) == 400);
    }

    @Test
    void answersTokenStateAndNonceFailuresWith401() {
        assertThat(List.of(LtiErrors.INVALID_SIGNATURE, LtiErrors.STATE_REPLAYED, LtiErrors.NONCE_REPLAYED,
                LtiErrors.PLATFORM_ERROR, LtiErrors.MISSING_ID_TOKEN, LtiErrors.UNKNOWN_DEPLOYMENT))
                .allMatch(code -> LtiErrors.httpStatus(code) == 401);
    }

    @Test
    void answersDeepLinkingByALearnerWith403() {
        assertThat(LtiErrors.httpStatus(LtiErrors.DEEP_LINKING_FORBIDDEN)).isEqualTo(403);
    }

    @Test
    void answersAnUnknownCodeWith401() {
        assertThat(LtiErrors.httpStatus("lti.something_new")).isEqualTo(401);
    }

    private static List<String> codes() throws IllegalAccessException {
        List<Field> fields = Arrays.stream(LtiErrors.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .toList();
        String[] values = new String[fields.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (String) fields.get(i).get(null);
        }
        return List.of(values);
    }
}
