package dev.emporium.identity.keys;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import dev.emporium.identity.IdentityApi;
import dev.emporium.identity.IdentityProperties;
import dev.emporium.platform.security.SecurityAutoConfiguration;
import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.TestHttp;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

@EmporiumServiceTest(properties = "emporium.identity.admin.password=" + IdentityApi.ADMIN_PASSWORD)
class SigningKeyTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired IdentityProperties properties;
    @Autowired SigningKeyProperties keyProperties;
    @Autowired SigningKeyStore store;
    @Autowired TransactionTemplate transaction;
    IdentityApi api;

    @BeforeEach
    void client() {
        api = new IdentityApi(port);
    }

    @Test
    void issuesTokensOtherServicesCanVerifyWithTheJwks() throws Exception {
        JsonNode session = api.newCustomerSession();
        NimbusJwtDecoder otherService = NimbusJwtDecoder.withJwkSetUri("http://127.0.0.1:" + port + "/.well-known/jwks.json").build();
        otherService.setJwtValidator(SecurityAutoConfiguration.tokenValidator());

        Jwt jwt = otherService.decode(session.get("accessToken").asString());

        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("CUSTOMER");
        assertThat(jwt.getClaimAsString("sid")).hasSize(36);
        assertThat(SignedJWT.parse(session.get("accessToken").asString()).getHeader().getAlgorithm().getName()).isEqualTo("RS256");
    }

    @Test
    void servesOnlyPublicKeys() {
        String jwks = api.http.get("/.well-known/jwks.json").body();

        assertThat(jwks).contains("\"kty\":\"RSA\"").contains("\"kid\"").doesNotContain("\"d\":").doesNotContain("\"p\":");
    }

    @Test
    void keepsTheSigningKeyAcrossRestarts() {
        SigningKeys afterRestart = new SigningKeys(store, keyProperties, properties, Clock.systemUTC(), transaction);
        String kidBefore = kidOf(api.newCustomerSession());

        assertThat(afterRestart.current().getKeyID()).isEqualTo(kidBefore);
    }

    @Test
    void publishesTheNextKeyAtOnceButKeepsSigningWithTheCurrentOneUntilItActivates() {
        JsonNode before = api.newCustomerSession();
        JsonNode admin = api.adminSession();

        TestHttp.Response rotation = api.send("POST", "/api/v1/admin/signing-keys/rotation", null, admin);

        assertThat(rotation.status()).isEqualTo(201);
        String nextKid = rotation.json().get("kid").asString();
        assertThat(rotation.json().get("activatesAt").asString()).isNotBlank();
        assertThat(api.http.get("/.well-known/jwks.json").body()).contains(kidOf(before)).contains(nextKid);
        JsonNode after = api.refresh(before.get("refreshToken").asString()).json();
        assertThat(kidOf(after)).isEqualTo(kidOf(before));
        assertThat(api.get("/api/v1/users/me", after).status()).isEqualTo(200);
        assertThat(api.send("POST", "/api/v1/admin/signing-keys/rotation", null, admin).json().get("kid").asString())
                .isEqualTo(nextKid);
    }

    @Test
    void storesSigningKeysEncrypted() {
        api.newCustomerSession();

        assertThat(jdbc.sql("SELECT private_key FROM signing_key").query(String.class).list())
                .isNotEmpty().allSatisfy(stored -> assertThat(stored).startsWith("v1:"));
    }

    @Test
    void keepsCustomersFromRotatingKeys() {
        assertThat(api.send("POST", "/api/v1/admin/signing-keys/rotation", null, api.newCustomerSession()).status()).isEqualTo(403);
    }

    private static String kidOf(JsonNode session) {
        try {
            return SignedJWT.parse(session.get("accessToken").asString()).getHeader().getKeyID();
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
