package dev.emporium.checkout.quote;

import static dev.emporium.checkout.quote.QuoteClient.BERLIN;
import static dev.emporium.checkout.quote.QuoteClient.address;
import static dev.emporium.checkout.quote.QuoteClient.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.checkout.CheckoutServiceTest;
import dev.emporium.checkout.harness.RunningCart;
import dev.emporium.testsupport.ProblemAssertions;
import dev.emporium.testsupport.RawHttp;
import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.TestJwts;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** A quote request that cannot be quoted is a 400 problem naming what is wrong, before cart is asked; never a 500. */
@CheckoutServiceTest
class QuoteValidationTest {

    @DynamicPropertySource
    static void cart(DynamicPropertyRegistry registry) {
        RunningCart.register(registry);
    }

    @LocalServerPort int port;
    QuoteClient client;
    UUID customer = UUID.randomUUID();

    @BeforeEach
    void client() {
        client = new QuoteClient(port);
    }

    @Test
    void namesEachMissingField() {
        assertInvalid(client.quote(customer, "{}"), "shippingMethod", "currency");
        assertInvalid(client.quote(customer, "{\"shippingMethod\": \"STANDARD\", \"currency\": \"EUR\"}"), "shippingAddress");
        assertInvalid(client.quote(customer, request("{\"country\": \"DE\"}", "STANDARD", "EUR")),
                "shippingAddress.fullName", "shippingAddress.line1", "shippingAddress.city", "shippingAddress.postalCode");
    }

    @Test
    void refusesACurrencyTheShopDoesNotSellIn() {
        assertInvalid(client.quote(customer, BERLIN, "STANDARD", "JPY"), "currency");
        assertInvalid(client.quote(customer, BERLIN, "STANDARD", "usd"), "currency");
        assertInvalid(client.quote(customer, BERLIN, "STANDARD", "EURO"), "currency");
    }

    @Test
    void refusesAnUnknownShippingMethodOrCountryAndAUsAddressWithoutAState() {
        assertInvalid(client.quote(customer, BERLIN, "OVERNIGHT", "EUR"), "shippingMethod");
        assertInvalid(client.quote(customer, BERLIN, "standard", "EUR"), "shippingMethod");
        assertInvalid(client.quote(customer, address("XX", null, "1000"), "STANDARD", "EUR"), "shippingAddress.country");
        assertInvalid(client.quote(customer, address("de", null, "1000"), "STANDARD", "EUR"), "shippingAddress.country");
        assertInvalid(client.quote(customer, address("US", null, "10001"), "STANDARD", "USD"), "shippingAddress.region");
        assertInvalid(client.quote(customer, address("US", "New York", "10001"), "STANDARD", "USD"), "shippingAddress.region");
        assertInvalid(client.quote(customer, address("US", "PR", "00901"), "STANDARD", "USD"), "shippingAddress.region");
    }

    @Test
    void refusesAnAddressIdUntilAddressBooksCanBeRead() {
        String addressId = "\"addressId\": \"" + UUID.randomUUID() + "\"";
        assertInvalid(client.quote(customer, "{" + addressId + ", \"shippingMethod\": \"STANDARD\", \"currency\": \"EUR\"}"), "addressId");
        assertInvalid(client.quote(customer, "{" + addressId + ", \"shippingAddress\": " + BERLIN
                + ", \"shippingMethod\": \"STANDARD\", \"currency\": \"EUR\"}"), "addressId");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"shippingAddress\": \"Berlin\", \"shippingMethod\": \"STANDARD\", \"currency\": \"EUR\"}",
            "{\"shippingAddress\": [], \"shippingMethod\": \"STANDARD\", \"currency\": \"EUR\"}",
            "{\"addressId\": 42, \"shippingMethod\": \"STANDARD\", \"currency\": \"EUR\"}",
            "{\"addressId\": \"not-a-uuid\", \"shippingMethod\": \"STANDARD\", \"currency\": \"EUR\"}",
            "{\"shippingMethod\": 1, \"currency\": \"EUR\"}",
            "{\"shippingMethod\": \"STANDARD\", \"currency\": 978}",
            "{\"shippingMethod\": \"STANDARD\", \"currency\": \"EUR\", \"coupon\": \"FREE\"}"})
    void refusesWrongTypesAndUnknownFields(String body) {
        TestHttp.Response response = client.quote(customer, body);
        ProblemAssertions.assertProblem(response, 400, "VALIDATION_FAILED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[]", "\"quote\"", "{\"shippingMethod\": \"STANDARD\",}", "{\"currency\": \"EUR\"} trailing", "null"})
    void refusesMalformedJson(String body) {
        TestHttp.Response response = client.quote(customer, body);
        assertThat(response.status()).as(body + " → " + response.body()).isEqualTo(400);
        assertThat(response.json().get("code").asString()).isIn("MALFORMED_REQUEST", "VALIDATION_FAILED");
    }

    @Test
    void refusesControlCharactersInTheAddress() {
        String withNul = "{\"fullName\": \"Ada\\u0000Lovelace\", \"line1\": \"1 Test Street\", \"city\": \"Berlin\", "
                + "\"postalCode\": \"10117\", \"country\": \"DE\"}";
        String withNewline = withNul.replace("\\u0000", "\\n");
        assertInvalid(client.quote(customer, request(withNul, "STANDARD", "EUR")), "shippingAddress.fullName");
        assertInvalid(client.quote(customer, request(withNewline, "STANDARD", "EUR")), "shippingAddress.fullName");
    }

    @Test
    void refusesBytesThatAreNotUtf8AndBinaryGarbageWithoutA500() {
        RawHttp raw = new RawHttp("127.0.0.1", port);
        String authorization = "Authorization: Bearer " + TestJwts.get().customer(customer) + "\r\n";
        byte[] latin1 = request(address("DE", null, "10117").replace("Ada Lovelace", "Zoë Müller"), "STANDARD", "EUR")
                .getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream garbage = new ByteArrayOutputStream();
        for (int i = 0; i < 256; i++) {
            garbage.write(255 - i);
        }
        for (byte[] body : List.of(latin1, garbage.toByteArray(), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'})) {
            RawHttp.Response response = raw.send("POST /api/v1/checkout/quote HTTP/1.1", authorization
                    + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n", body);
            assertThat(response.status()).as(response.body()).isBetween(400, 499);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    @Test
    void refusesTextAndAnOversizeBody() {
        TestHttp http = new TestHttp("http://127.0.0.1:" + port);
        String token = "Bearer " + TestJwts.get().customer(customer);
        ProblemAssertions.assertProblem(http.send("POST", "/api/v1/checkout/quote", "hello", "Authorization", token,
                "Content-Type", "text/plain"), 415, "UNSUPPORTED_MEDIA_TYPE");
        String huge = request(address("DE", null, "10117"), "STANDARD", "EUR").replace("Ada Lovelace", "A".repeat(2_000_000));
        ProblemAssertions.assertProblem(client.quote(customer, huge), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void isForSignedInCustomersOnly() {
        TestHttp http = new TestHttp("http://127.0.0.1:" + port);
        String body = request(BERLIN, "STANDARD", "EUR");
        ProblemAssertions.assertProblem(http.post("/api/v1/checkout/quote", body), 401, "UNAUTHORIZED");
        ProblemAssertions.assertProblem(http.post("/api/v1/checkout/quote", body, "Authorization", "Bearer "
                + TestJwts.get().expired(customer)), 401, "UNAUTHORIZED");
        ProblemAssertions.assertProblem(http.post("/api/v1/checkout/quote", body, "Authorization", "Bearer "
                + TestJwts.get().service("order", "cart:checkout")), 403, "FORBIDDEN");
        ProblemAssertions.assertProblem(http.get("/api/v1/checkout/quote", "Authorization", "Bearer "
                + TestJwts.get().customer(customer)), 405, "METHOD_NOT_ALLOWED");
    }

    private static void assertInvalid(TestHttp.Response response, String... fields) {
        JsonNode problem = ProblemAssertions.assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(problem.get("errors").valueStream().map(error -> error.get("field").asString()))
                .as(response.body()).contains(fields);
    }
}
