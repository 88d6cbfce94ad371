package dev.emporium.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.platform.api.HeaderNames;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;

/**
 * The services learn the client address from the gateway alone: exactly one {@code X-Forwarded-For} entry, the
 * address the gateway decided, whatever the client sent. The tests connect from 127.0.0.1, which this suite
 * trusts as a proxy in front of the gateway.
 */
class ClientAddressForwardingTest extends GatewayTest {

    @Test
    void forwardsOnlyTheClientAddressItDecided() {
        String path = unique("/api/v1/products");

        client.get().uri(path).header(HeaderNames.FORWARDED_FOR, "6.6.6.6, 198.18.7.9")
                .exchange().expectStatus().isOk();

        assertThat(receivedAt(path).headers().get("x-forwarded-for")).containsExactly("198.18.7.9");
    }

    @Test
    void forwardsThePeerAddressOfAClientThatIsNotATrustedProxy() {
        String path = unique("/api/v1/products");
        WebTestClient untrusted = WebTestClient.bindToServer(new ReactorClientHttpConnector(
                        HttpClient.create().bindAddress(() -> new InetSocketAddress("127.0.0.2", 0))))
                .baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(15)).build();

        untrusted.get().uri(path).header(HeaderNames.FORWARDED_FOR, "6.6.6.6").exchange().expectStatus().isOk();

        assertThat(receivedAt(path).headers().get("x-forwarded-for")).containsExactly("127.0.0.2");
    }

    @Test
    void dropsAForwardedHeaderTheClientSent() {
        String path = unique("/api/v1/products");

        client.get().uri(path).header("Forwarded", "for=6.6.6.6").exchange().expectStatus().isOk();

        assertThat(receivedAt(path).header("Forwarded")).isNull();
    }
}
