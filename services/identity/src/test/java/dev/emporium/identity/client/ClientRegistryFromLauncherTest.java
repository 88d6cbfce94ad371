package dev.emporium.identity.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The registry as the launcher hands it over (SPRING_APPLICATION_JSON, see launcher's ServiceClients), with a
 * client whose name has a dash, which no environment variable name could carry as a map key.
 */
@EmporiumServiceTest(properties = "spring.application.json={\"emporium\":{\"identity\":{\"clients\":{"
        + "\"order-service\":{\"secret-sha256\":\"" + ServiceTokenEndpointTest.CHECKOUT_SECRET_SHA256 + "\","
        + "\"scopes\":[\"inventory:reserve\",\"payment:authorize\"]}}}}}")
class ClientRegistryFromLauncherTest {

    @LocalServerPort int port;

    @Test
    void issuesATokenToAClientRegisteredByTheLauncher() {
        TestHttp.Response response = new TestHttp("http://127.0.0.1:" + port).send("POST", "/oauth2/token",
                "grant_type=client_credentials", "Content-Type", "application/x-www-form-urlencoded", "Authorization",
                ServiceTokenEndpointTest.basic("order-service", ServiceTokenEndpointTest.CHECKOUT_SECRET));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("scope").asString()).isEqualTo("inventory:reserve payment:authorize");
    }
}
