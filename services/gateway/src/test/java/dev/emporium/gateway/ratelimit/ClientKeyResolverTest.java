package dev.emporium.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.gateway.clientaddress.ClientAddresses;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

class ClientKeyResolverTest {

    private final ClientKeyResolver resolver = new ClientKeyResolver(new ClientAddresses(List.of("10.0.0.0/8")));

    @Test
    void countsAnAnonymousClientByItsAddress() {
        assertThat(resolver.resolve(request()).block()).isEqualTo("ip:203.0.113.9");
    }

    @Test
    void usesTheSubjectOfAnAuthenticatedClient() {
        ServerWebExchange exchange = request().mutate()
                .principal(Mono.just(new TestingAuthenticationToken("user-42", null))).build();

        assertThat(resolver.resolve(exchange).block()).isEqualTo("user:user-42");
    }

    private static ServerWebExchange request() {
        return MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/products")
                .remoteAddress(new InetSocketAddress("10.1.2.3", 41234))
                .header("X-Forwarded-For", "203.0.113.9"));
    }
}
