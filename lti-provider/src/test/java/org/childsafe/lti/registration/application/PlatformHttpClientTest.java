package org.childsafe.lti.registration.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The address and scheme rules of {@link PlatformHttpClient}; no connection is made. */
class PlatformHttpClientTest {

    private final PlatformHttpClient production = new PlatformHttpClient(false, Duration.ofSeconds(1));
    private final PlatformHttpClient demo = new PlatformHttpClient(true, Duration.ofSeconds(1));

    @ParameterizedTest
    @ValueSource(strings = {"169.254.169.254", "169.254.1.1", "fe80::1", "fd00:ec2::254"})
    void refusesLinkLocalAndMetadataEvenInDemoMode(String address) throws Exception {
        assertThat(demo.allowed(InetAddress.getByName(address))).isFalse();
        assertThat(production.allowed(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "0.0.0.0", "fc00::1", "fd12::1"})
    void refusesInternalAddressesInProduction(String address) throws Exception {
        assertThat(production.allowed(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"203.0.113.10", "2001:db8::1", "8.8.8.8"})
    void allowsPublicAddresses(String address) throws Exception {
        assertThat(production.allowed(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://203.0.113.10/x", "ftp://203.0.113.10/x", "https://user:pw@203.0.113.10/x",
        "http://localhost/x", "file:///etc/passwd"})
    void refusesSchemesAndCredentialsInProduction(String url) {
        DynamicRegistrationException e = assertThrows(DynamicRegistrationException.class,
                () -> production.check(URI.create(url)));
        assertThat(e.code()).isEqualTo("registration.forbidden_url");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://203.0.113.10/x", "http://169.254.169.254/x"})
    void allowsHttpOnlyToLocalhostInDemoMode(String url) {
        assertThrows(DynamicRegistrationException.class, () -> demo.check(URI.create(url)));
        demo.check(URI.create("http://127.0.0.1:8080/x"));
    }
}
