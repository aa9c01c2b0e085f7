package org.childsafe.lti.keys.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.childsafe.lti.keys.application.InMemoryToolKeyRepository;
import org.childsafe.lti.keys.application.MutableClock;
import org.childsafe.lti.keys.application.ToolKeyService;
import org.childsafe.lti.keys.application.ToolKeyTestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KeyRotationResourceTest {

    private final MutableClock clock = new MutableClock(ToolKeyTestData.START);
    private final KeyRotationResource resource = new KeyRotationResource();

    @BeforeEach
    void keys() {
        ToolKeyService service = ToolKeyTestData.service(new InMemoryToolKeyRepository(), clock);
        service.ensureKeys();
        resource.keys = service;
    }

    @Test
    void rotateAnswersTheNewKids() {
        assertThat(resource.rotate()).isEqualTo(new KeyRotationResponse("childsafe-2", "childsafe-3", "childsafe-1"));
    }

    @Test
    void listShowsEveryKeyWithStatusAndDates() {
        clock.advance(Duration.ofDays(30));
        resource.rotate();
        clock.advance(Duration.ofDays(30));
        resource.rotate();

        List<ToolKeyResponse> keys = resource.list();

        assertThat(keys).extracting(ToolKeyResponse::kid, ToolKeyResponse::status).containsExactly(
                tuple("childsafe-1", "RETIRED"),
                tuple("childsafe-2", "PREVIOUS"),
                tuple("childsafe-3", "CURRENT"),
                tuple("childsafe-4", "NEXT"));
        assertThat(keys.get(0).retiredAt()).isEqualTo(ToolKeyTestData.START.plus(Duration.ofDays(60)));
        assertThat(keys.get(3).activatedAt()).isNull();
    }

    @Test
    void listedKeysCarryNoKeyMaterial() {
        assertThat(Arrays.stream(ToolKeyResponse.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("kid", "status", "createdAt", "activatedAt", "retiredAt");
    }
}
