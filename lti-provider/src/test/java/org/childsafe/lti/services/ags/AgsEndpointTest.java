package org.childsafe.lti.services.ags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AgsEndpointTest {

    @Test
    void readsScopesContainerAndSingleLineItemFromClaim() {
        AgsEndpoint endpoint = AgsEndpoint.fromClaim(Map.of(
                "scope", List.of(AgsEndpoint.SCOPE_LINEITEM, AgsEndpoint.SCOPE_SCORE),
                "lineitems", "https://lms.example/mod/lti/services.php/2/lineitems?type_id=3",
                "lineitem", "https://lms.example/mod/lti/services.php/2/lineitems/7/lineitem?type_id=3"));

        assertThat(endpoint.scopes()).containsExactlyInAnyOrder(AgsEndpoint.SCOPE_LINEITEM, AgsEndpoint.SCOPE_SCORE);
        assertThat(endpoint.lineItems()).contains(URI.create("https://lms.example/mod/lti/services.php/2/lineitems?type_id=3"));
        assertThat(endpoint.lineItem()).isPresent();
    }

    @Test
    void acceptsClaimWithoutSingleLineItem() {
        AgsEndpoint endpoint = AgsEndpoint.fromClaim(Map.of("scope", List.of(AgsEndpoint.SCOPE_SCORE),
                "lineitems", "https://lms.example/lineitems"));

        assertThat(endpoint.lineItem()).isEqualTo(Optional.empty());
    }

    @Test
    void refusesScopeThatIsNotAList() {
        assertThrows(IllegalArgumentException.class, () -> AgsEndpoint.fromClaim(Map.of("scope", "score")));
    }

    @Test
    void refusesNonHttpLineItemUrl() {
        assertThrows(IllegalArgumentException.class,
                () -> AgsEndpoint.fromClaim(Map.of("scope", List.of(), "lineitem", "javascript:alert(1)")));
    }
}
