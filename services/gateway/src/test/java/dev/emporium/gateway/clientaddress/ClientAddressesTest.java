package dev.emporium.gateway.clientaddress;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class ClientAddressesTest {

    private final ClientAddresses behindLoadBalancer = new ClientAddresses(List.of("10.0.0.0/8"));

    @Test
    void usesThePeerAddressWhenNoProxyIsTrusted() {
        ClientAddresses addresses = new ClientAddresses(List.of());

        assertThat(addresses.of(request("10.1.2.3", "203.0.113.9"))).isEqualTo("10.1.2.3");
    }

    @Test
    void ignoresForwardedForFromAnUntrustedPeer() {
        assertThat(behindLoadBalancer.of(request("198.51.100.7", "203.0.113.9"))).isEqualTo("198.51.100.7");
    }

    @Test
    void usesTheForwardedClientBehindATrustedProxy() {
        assertThat(behindLoadBalancer.of(request("10.1.2.3", "203.0.113.9"))).isEqualTo("203.0.113.9");
    }

    @Test
    void ignoresForwardedEntriesAClientForgedInFrontOfItsRealAddress() {
        assertThat(behindLoadBalancer.of(request("10.1.2.3", "1.1.1.1, 203.0.113.9, 10.4.5.6"))).isEqualTo("203.0.113.9");
    }

    @Test
    void neverBelievesAnEntryThatIsNotAnAddress() {
        assertThat(behindLoadBalancer.of(request("10.1.2.3", "203.0.113.9, evil.example, 10.4.5.6"))).isEqualTo("10.4.5.6");
    }

    @Test
    void usesThePeerBehindATrustedProxyThatForwardedNothing() {
        MockServerHttpRequest request = MockServerHttpRequest.get("/api/v1/products")
                .remoteAddress(new InetSocketAddress("10.1.2.3", 41234)).build();

        assertThat(behindLoadBalancer.of(request)).isEqualTo("10.1.2.3");
    }

    private static MockServerHttpRequest request(String peer, String forwardedFor) {
        return MockServerHttpRequest.get("/api/v1/products")
                .remoteAddress(new InetSocketAddress(peer, 41234))
                .header("X-Forwarded-For", forwardedFor).build();
    }
}
