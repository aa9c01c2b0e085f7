package org.childsafe.lti.keys.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import org.childsafe.lti.keys.application.InMemoryToolKeyRepository;
import org.childsafe.lti.keys.application.MutableClock;
import org.childsafe.lti.keys.application.ToolKeyService;
import org.childsafe.lti.keys.application.ToolKeyTestData;
import org.junit.jupiter.api.Test;

class JwksResourceTest {

    @Test
    void servesThePublishedPublicKeysOnly() throws Exception {
        ToolKeyService service = ToolKeyTestData.service(new InMemoryToolKeyRepository(),
                new MutableClock(ToolKeyTestData.START));
        service.ensureKeys();
        service.rotate();
        JwksResource resource = new JwksResource();
        resource.keys = service;

        String body = resource.body();

        JWKSet served = JWKSet.parse(body);
        assertThat(served.getKeys()).extracting(JWK::getKeyID).containsExactly("childsafe-2", "childsafe-1", "childsafe-3");
        assertThat(served.getKeys()).noneMatch(JWK::isPrivate);
        assertThat(body).doesNotContain("\"d\"", "\"p\"", "\"q\"", "\"dp\"", "\"dq\"", "\"qi\"")
                .contains("\"use\":\"sig\"", "\"alg\":\"RS256\"", "\"kty\":\"RSA\"");
    }
}
