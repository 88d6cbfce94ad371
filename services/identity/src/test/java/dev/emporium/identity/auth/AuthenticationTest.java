package dev.emporium.identity.auth;

import static dev.emporium.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.contracts.Topics;
import dev.emporium.identity.IdentityApi;
import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.TestKafka;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@EmporiumServiceTest(properties = {
        "emporium.identity.admin.password=" + IdentityApi.ADMIN_PASSWORD,
        "emporium.identity.login-throttle.max-failures-per-client=1000" })
class AuthenticationTest {

    @LocalServerPort int port;
    IdentityApi api;

    @BeforeEach
    void client() {
        api = new IdentityApi(port);
    }

    @Test
    void registersACustomer() {
        String email = IdentityApi.uniqueEmail();
        TestHttp.Response response = api.register(email, "correct horse battery", "Ada Lovelace");

        assertThat(response.status()).isEqualTo(201);
        JsonNode user = response.json();
        assertThat(user.get("id").asString()).hasSize(36);
        assertThat(user.get("email").asString()).isEqualTo(email);
        assertThat(user.get("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(user.get("roles").get(0).asString()).isEqualTo("CUSTOMER");
        assertThat(response.body()).doesNotContain("password");
    }

    @Test
    void announcesARegistrationOnTheUsersTopic() {
        TestHttp.Response response = api.register(IdentityApi.uniqueEmail(), "correct horse battery", "Grace Hopper");
        String userId = response.json().get("id").asString();

        List<ConsumerRecord<String, byte[]>> records = TestKafka.read(Topics.IDENTITY_USERS, Duration.ofSeconds(20),
                read -> read.stream().anyMatch(r -> userId.equals(r.key())));

        ConsumerRecord<String, byte[]> event = records.stream().filter(r -> userId.equals(r.key())).findFirst().orElseThrow();
        assertThat(TestKafka.header(event, "ce_type")).isEqualTo("emporium.identity.user-registered.v1");
        assertThat(TestKafka.header(event, "ce_source")).isEqualTo("/emporium/identity");
        assertThat(TestKafka.value(event)).contains("\"name\":\"Grace Hopper\"").doesNotContain("password");
    }

    @Test
    void refusesASecondAccountForTheSameEmailInAnyCase() {
        String email = IdentityApi.uniqueEmail();
        api.register(email, "correct horse battery", "First");

        assertProblem(api.register(email.toUpperCase(), "correct horse battery", "Second"), 409, "EMAIL_TAKEN");
    }

    @Test
    void refusesAShortPasswordABadEmailAndAMissingName() {
        TestHttp.Response response = api.http.post("/api/v1/auth/register", "{\"email\":\"not an email\",\"password\":\"short\"}");

        JsonNode problem = assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString())).contains("email", "password", "name");
    }

    @Test
    void logsInAndShowsTheUser() {
        String email = IdentityApi.uniqueEmail();
        api.register(email, "correct horse battery", "Ada");
        JsonNode tokens = api.tokens(email, "correct horse battery");

        assertThat(tokens.get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(tokens.get("expiresIn").asLong()).isEqualTo(900);
        JsonNode me = api.get("/api/v1/users/me", tokens).json();
        assertThat(me.get("email").asString()).isEqualTo(email);
        assertThat(me.get("createdAt").asString()).endsWith("Z");
    }

    @Test
    void answersAWrongPasswordAndAnUnknownEmailAlike() {
        String email = IdentityApi.uniqueEmail();
        api.register(email, "correct horse battery", "Ada");

        JsonNode wrongPassword = assertProblem(api.login(email, "wrong horse battery"), 401, "INVALID_CREDENTIALS");
        JsonNode unknownEmail = assertProblem(api.login(IdentityApi.uniqueEmail(), "wrong horse battery"), 401, "INVALID_CREDENTIALS");
        assertThat(wrongPassword.get("detail")).isEqualTo(unknownEmail.get("detail"));
    }

    @Test
    void throttlesAnAccountAfterRepeatedFailuresEvenForTheRightPassword() {
        String email = IdentityApi.uniqueEmail();
        api.register(email, "correct horse battery", "Ada");
        for (int i = 0; i < 5; i++) {
            assertThat(api.login(email, "guess number " + i).status()).isEqualTo(401);
        }

        TestHttp.Response blocked = api.login(email, "correct horse battery");

        assertProblem(blocked, 429, "TOO_MANY_LOGIN_ATTEMPTS");
        assertThat(Long.parseLong(blocked.header("Retry-After"))).isBetween(1L, 901L);
    }

    @Test
    void rotatesTheRefreshToken() {
        JsonNode first = api.newCustomerSession();

        TestHttp.Response refreshed = api.refresh(first.get("refreshToken").asString());

        assertThat(refreshed.status()).isEqualTo(200);
        JsonNode second = refreshed.json();
        assertThat(second.get("refreshToken").asString()).isNotEqualTo(first.get("refreshToken").asString());
        assertThat(api.get("/api/v1/users/me", second).status()).isEqualTo(200);
    }

    @Test
    void revokesTheWholeFamilyWhenASpentRefreshTokenIsReplayed() {
        JsonNode first = api.newCustomerSession();
        JsonNode second = api.refresh(first.get("refreshToken").asString()).json();

        assertProblem(api.refresh(first.get("refreshToken").asString()), 401, "REFRESH_TOKEN_REUSED");

        assertProblem(api.refresh(second.get("refreshToken").asString()), 401, "REFRESH_TOKEN_REUSED");
    }

    @Test
    void refusesAnUnknownRefreshToken() {
        assertProblem(api.refresh("made-up-token"), 401, "INVALID_REFRESH_TOKEN");
    }

    @Test
    void logoutEndsTheSession() {
        JsonNode session = api.newCustomerSession();

        assertThat(api.send("POST", "/api/v1/auth/logout", null, session).status()).isEqualTo(204);

        assertThat(api.refresh(session.get("refreshToken").asString()).status()).isEqualTo(401);
    }

    @Test
    void logoutNeedsAToken() {
        assertProblem(api.http.post("/api/v1/auth/logout", null), 401, "UNAUTHORIZED");
    }

    @Test
    void renamesTheUser() {
        JsonNode session = api.newCustomerSession();

        TestHttp.Response response = api.send("PATCH", "/api/v1/users/me", "{\"name\":\"  New Name \"}", session);

        assertThat(response.json().get("name").asString()).isEqualTo("New Name");
    }

    @Test
    void createsTheFirstAdminFromConfiguration() {
        JsonNode me = api.get("/api/v1/users/me", api.adminSession()).json();

        assertThat(me.get("roles").valueStream().map(JsonNode::asString)).contains("ADMIN", "CUSTOMER");
    }

    @Test
    void letsAnAdminPageThroughUsers() {
        api.newCustomerSession();

        JsonNode page = api.get("/api/v1/admin/users?page=0&size=1", api.adminSession()).json();

        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("size").asInt()).isEqualTo(1);
        assertThat(page.get("totalItems").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(page.get("totalPages").asInt()).isEqualTo(page.get("totalItems").asInt());
    }

    @Test
    void filtersUsersByRole() {
        api.newCustomerSession();

        JsonNode admins = api.get("/api/v1/admin/users?role=ADMIN", api.adminSession()).json();

        assertThat(admins.get("totalItems").asLong()).isEqualTo(1);
        assertThat(admins.get("items").get(0).get("email").asString()).isEqualTo(IdentityApi.ADMIN_EMAIL);
    }

    @Test
    void refusesAnUnknownRole() {
        JsonNode problem = assertProblem(api.get("/api/v1/admin/users?role=SUPERUSER", api.adminSession()), 400, "VALIDATION_FAILED");
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("role");
    }

    @Test
    void refusesAPageSizeOverTheMaximum() {
        assertProblem(api.get("/api/v1/admin/users?size=1000", api.adminSession()), 400, "VALIDATION_FAILED");
    }

    @Test
    void keepsCustomersOutOfTheUserList() {
        assertProblem(api.get("/api/v1/admin/users", api.newCustomerSession()), 403, "FORBIDDEN");
    }
}
