package dev.emporium.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.testsupport.TestHttp;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Drives identity's HTTP API the way a client does. */
public final class IdentityApi {

    public static final String ADMIN_EMAIL = "admin@emporium.local";
    public static final String ADMIN_PASSWORD = "test-admin-password";

    public final TestHttp http;

    public IdentityApi(int port) {
        this.http = new TestHttp("http://127.0.0.1:" + port);
    }

    public static String uniqueEmail() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }

    public TestHttp.Response register(String email, String password, String name) {
        return http.post("/api/v1/auth/register", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"name\":\"" + name + "\"}");
    }

    public TestHttp.Response login(String email, String password) {
        return http.post("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }

    public TestHttp.Response refresh(String refreshToken) {
        return http.post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + refreshToken + "\"}");
    }

    /** Registers a new customer and logs in; returns the token pair. */
    public JsonNode newCustomerSession() {
        String email = uniqueEmail();
        assertThat(register(email, "correct horse battery", "Test Customer").status()).isEqualTo(201);
        return tokens(email, "correct horse battery");
    }

    public JsonNode adminSession() {
        return tokens(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    public JsonNode tokens(String email, String password) {
        TestHttp.Response response = login(email, password);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    public TestHttp.Response get(String path, JsonNode session) {
        return http.get(path, "Authorization", "Bearer " + session.get("accessToken").asString());
    }

    public TestHttp.Response send(String method, String path, String body, JsonNode session) {
        return http.send(method, path, body, "Authorization", "Bearer " + session.get("accessToken").asString());
    }
}
