package dev.emporium.identity.address;

import static dev.emporium.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.identity.IdentityApi;
import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@EmporiumServiceTest
class AddressBookTest {

    static final String HOME = """
            {"fullName": "Ada Lovelace", "line1": "12 St James's Square", "city": "London", "postalCode": "SW1Y 4JH",
             "country": "GB", "phone": "+44 20 7946 0000"}""";

    @LocalServerPort int port;
    IdentityApi api;
    JsonNode session;

    @BeforeEach
    void signIn() {
        api = new IdentityApi(port);
        session = api.newCustomerSession();
    }

    @Test
    void addsAndListsAnAddress() {
        TestHttp.Response created = api.send("POST", "/api/v1/users/me/addresses", HOME, session);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith(created.json().get("id").asString());
        JsonNode list = api.get("/api/v1/users/me/addresses", session).json();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("city").asString()).isEqualTo("London");
        assertThat(list.get(0).get("country").asString()).isEqualTo("GB");
    }

    @Test
    void replacesAndDeletesAnAddress() {
        String id = api.send("POST", "/api/v1/users/me/addresses", HOME, session).json().get("id").asString();

        TestHttp.Response replaced = api.send("PUT", "/api/v1/users/me/addresses/" + id, HOME.replace("London", "Paris").replace("GB", "FR"), session);
        assertThat(replaced.json().get("city").asString()).isEqualTo("Paris");

        assertThat(api.send("DELETE", "/api/v1/users/me/addresses/" + id, null, session).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/users/me/addresses", session).json()).isEmpty();
    }

    @Test
    void hidesAnotherCustomersAddress() {
        String id = api.send("POST", "/api/v1/users/me/addresses", HOME, session).json().get("id").asString();
        JsonNode stranger = api.newCustomerSession();

        assertProblem(api.send("PUT", "/api/v1/users/me/addresses/" + id, HOME, stranger), 404, "NOT_FOUND");
        assertProblem(api.send("DELETE", "/api/v1/users/me/addresses/" + id, null, stranger), 404, "NOT_FOUND");
        assertThat(api.get("/api/v1/users/me/addresses", session).json()).hasSize(1);
    }

    @Test
    void refusesAnUnknownCountryAndAMissingCity() {
        JsonNode problem = assertProblem(api.send("POST", "/api/v1/users/me/addresses",
                HOME.replace("\"GB\"", "\"XX\"").replace("\"city\": \"London\",", ""), session), 400, "VALIDATION_FAILED");

        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString())).contains("city", "knownCountry");
        assertThat(api.get("/api/v1/users/me/addresses", session).json()).isEmpty();
    }

    @Test
    void refusesAMalformedAddressId() {
        assertProblem(api.send("DELETE", "/api/v1/users/me/addresses/not-a-uuid", null, session), 400, "VALIDATION_FAILED");
    }
}
