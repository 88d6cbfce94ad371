package dev.emporium.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;

class ClientKeyResolverTest {

    private final ClientKeyResolver behindLoadBalancer = new ClientKeyResolver(List.of("10.0.0.0/8"));

    @Test
    void usesThePeerAddressWhenNoProxyIsTrusted() {
        ClientKeyResolver resolver = new ClientKeyResolver(List.of());

        assertThat(resolver.resolve(request("10.1.2.3", "203.0.113.9")).block()).isEqualTo("ip:10.1.2.3");
    }

    @Test
    void ignoresForwardedForFromAnUntrustedPeer() {
        assertThat(behindLoadBalancer.resolve(request("198.51.100.7", "203.0.113.9")).block())
                .isEqualTo("ip:198.51.100.7");
    }

    @Test
    void usesTheForwardedClientBehindATrustedProxy() {
        assertThat(behindLoadBalancer.resolve(request("10.1.2.3", "203.0.113.9")).block())
                .isEqualTo("ip:203.0.113.9");
    }

    @Test
    void ignoresForwardedEntriesAClientForgedInFrontOfItsRealAddress() {
        assertThat(behindLoadBalancer.resolve(request("10.1.2.3", "1.1.1.1, 203.0.113.9, 10.4.5.6")).block())
                .isEqualTo("ip:203.0.113.9");
    }

    @Test
    void usesTheSubjectOfAnAuthenticatedClient() {
        ServerWebExchange exchange = request("10.1.2.3", "203.0.113.9")
                .mutate().principal(reactor.core.publisher.Mono.just(new TestingAuthenticationToken("user-42", null)))
                .build();

        assertThat(behindLoadBalancer.resolve(exchange).block()).isEqualTo("user:user-42");
    }

    private static ServerWebExchange request(String peer, String forwardedFor) {
        return MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/products")
                .remoteAddress(new InetSocketAddress(peer, 41234))
                .header("X-Forwarded-For", forwardedFor));
    }
}
