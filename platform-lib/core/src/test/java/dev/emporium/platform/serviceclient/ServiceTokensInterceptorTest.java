package dev.emporium.platform.serviceclient;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.platform.api.HeaderNames;
import dev.emporium.platform.serviceclient.StubTokenEndpoint.Answer;
import dev.emporium.platform.testapp.PlatformTestApplication;
import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.TestJwts;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** A service calls another's internal endpoint with a RestClient carrying its own token. */
@EmporiumServiceTest(classes = PlatformTestApplication.class)
class ServiceTokensInterceptorTest {

    @LocalServerPort int port;

    @Test
    void callsAnInternalEndpointWithTheServicesToken() {
        UUID user = UUID.randomUUID();
        try (StubTokenEndpoint identity = new StubTokenEndpoint(
                call -> Answer.token(TestJwts.get().service("checkout", PlatformTestApplication.SCOPE), 300))) {
            ServiceTokens tokens = new ServiceTokens(new ServiceClientProperties("checkout", "secret", null, List.of(),
                    Duration.ofSeconds(60), Duration.ofSeconds(5), Duration.ofSeconds(1)), identity.uri(), Clock.systemUTC());
            RestClient inventory = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                    .requestInterceptor(tokens.interceptor()).build();

            JsonNode caller = inventory.get().uri("/internal/samples/reservations/caller")
                    .header(HeaderNames.ON_BEHALF_OF, user.toString()).retrieve().body(JsonNode.class);

            assertThat(caller.get("service").asString()).isEqualTo("checkout");
            assertThat(caller.get("onBehalfOf").asString()).isEqualTo(user.toString());
        }
    }
}
