package dev.emporium.identity.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.platform.security.JwksProperties;
import dev.emporium.platform.security.SecurityAutoConfiguration;
import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.TestHttp;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** The client-credentials grant: who gets a service token, with which scopes, and what it says. */
@EmporiumServiceTest(properties = {
        "emporium.identity.clients.checkout.secret-sha256=" + ServiceTokenEndpointTest.CHECKOUT_SECRET_SHA256,
        "emporium.identity.clients.checkout.scopes=inventory:reserve,payment:authorize",
        "emporium.identity.clients.search.secret-sha256=" + ServiceTokenEndpointTest.SEARCH_SECRET_SHA256 })
class ServiceTokenEndpointTest {

    static final String CHECKOUT_SECRET = "checkout-test-secret-5b0f1c9e7a2d4e68";
    static final String CHECKOUT_SECRET_SHA256 = "d8f9d94850a1b8e3a95ea8d814c138363b85872871879aa1662a5c8392bfecd0";
    static final String SEARCH_SECRET = "search-test-secret-9c1d7e2a";
    static final String SEARCH_SECRET_SHA256 = "715e0eef9b4b17587eeecdbbf3df69909c8f517665d93be481e4ee12abbe46f4";

    @LocalServerPort int port;
    TestHttp http;

    @BeforeEach
    void client() {
        http = new TestHttp("http://127.0.0.1:" + port);
    }

    @Test
    void issuesAServiceTokenToAClientAuthenticatedByHttpBasic() {
        TestHttp.Response response = tokenRequest("grant_type=client_credentials", basic("checkout", CHECKOUT_SECRET));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("token_type").asString()).isEqualTo("Bearer");
        assertThat(response.json().get("expires_in").asLong()).isEqualTo(300);
        assertThat(response.json().get("scope").asString()).isEqualTo("inventory:reserve payment:authorize");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void signsATokenEveryServiceAcceptsAsAServiceToken() {
        String token = tokenRequest("grant_type=client_credentials&scope=inventory%3Areserve", basic("checkout", CHECKOUT_SECRET))
                .json().get("access_token").asString();

        Jwt jwt = decoder().decode(token);

        assertThat(jwt.getSubject()).isEqualTo("checkout");
        assertThat(jwt.getClaimAsString("client_id")).isEqualTo("checkout");
        assertThat(jwt.getClaimAsString("token_use")).isEqualTo("service");
        assertThat(jwt.getClaimAsString("scope")).isEqualTo("inventory:reserve");
        assertThat(jwt.getClaims()).doesNotContainKeys("roles", "email");
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void acceptsTheSecretInTheBody() {
        TestHttp.Response response = tokenRequest(
                "grant_type=client_credentials&client_id=checkout&client_secret=" + CHECKOUT_SECRET);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    @Test
    void grantsOnlyTheScopesAskedFor() {
        TestHttp.Response response = tokenRequest("grant_type=client_credentials&scope=payment%3Aauthorize",
                basic("checkout", CHECKOUT_SECRET));

        assertThat(response.json().get("scope").asString()).isEqualTo("payment:authorize");
    }

    @Test
    void issuesATokenWithoutScopesToAClientAllowedNone() {
        TestHttp.Response response = tokenRequest("grant_type=client_credentials", basic("search", SEARCH_SECRET));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("scope").asString()).isEmpty();
    }

    @Test
    void refusesAWrongSecret() {
        assertInvalidClient(tokenRequest("grant_type=client_credentials", basic("checkout", SEARCH_SECRET)));
    }

    @Test
    void refusesAnUnknownClientAsAWrongSecret() {
        assertInvalidClient(tokenRequest("grant_type=client_credentials", basic("payment", CHECKOUT_SECRET)));
    }

    @Test
    void refusesARequestWithoutClientCredentials() {
        assertInvalidClient(tokenRequest("grant_type=client_credentials"));
    }

    @Test
    void refusesAScopeTheClientMayNotHave() {
        assertError(tokenRequest("grant_type=client_credentials&scope=inventory%3Areserve+order%3Acreate",
                basic("checkout", CHECKOUT_SECRET)), 400, "invalid_scope");
    }

    @Test
    void refusesAnotherGrantType() {
        assertError(tokenRequest("grant_type=password&username=a&password=b", basic("checkout", CHECKOUT_SECRET)), 400,
                "unsupported_grant_type");
    }

    @Test
    void refusesARequestWithoutGrantType() {
        assertError(tokenRequest("scope=inventory%3Areserve", basic("checkout", CHECKOUT_SECRET)), 400, "invalid_request");
    }

    @Test
    void refusesTwoClientAuthenticationMethods() {
        assertError(tokenRequest("grant_type=client_credentials&client_secret=" + CHECKOUT_SECRET,
                basic("checkout", CHECKOUT_SECRET)), 400, "invalid_request");
    }

    @Test
    void refusesARepeatedParameter() {
        assertError(tokenRequest("grant_type=client_credentials&grant_type=client_credentials",
                basic("checkout", CHECKOUT_SECRET)), 400, "invalid_request");
    }

    @Test
    void refusesParametersInTheUrl() {
        TestHttp.Response response = http.send("POST", "/oauth2/token?client_secret=" + CHECKOUT_SECRET,
                "grant_type=client_credentials&client_id=checkout", "Content-Type", "application/x-www-form-urlencoded");

        assertError(response, 400, "invalid_request");
    }

    @Test
    void refusesAJsonBody() {
        TestHttp.Response response = http.send("POST", "/oauth2/token", "{\"grant_type\":\"client_credentials\"}",
                "Authorization", basic("checkout", CHECKOUT_SECRET));

        assertError(response, 400, "invalid_request");
    }

    private TestHttp.Response tokenRequest(String form, String authorization) {
        return http.send("POST", "/oauth2/token", form, "Content-Type", "application/x-www-form-urlencoded",
                "Authorization", authorization);
    }

    private TestHttp.Response tokenRequest(String form) {
        return http.send("POST", "/oauth2/token", form, "Content-Type", "application/x-www-form-urlencoded");
    }

    static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private JwtDecoder decoder() {
        return SecurityAutoConfiguration.remoteJwtDecoder(URI.create("http://127.0.0.1:" + port + "/.well-known/jwks.json"),
                new JwksProperties(Duration.ofMinutes(5), Duration.ofSeconds(30)), Clock.systemUTC());
    }

    private static void assertInvalidClient(TestHttp.Response response) {
        assertError(response, 401, "invalid_client");
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic realm=");
        assertThat(response.json().get("error_description").asString()).isEqualTo("Client authentication failed");
    }

    private static void assertError(TestHttp.Response response, int status, String error) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.json().get("error").asString()).isEqualTo(error);
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
    }
}
