package dev.emporium.platform.web;

import dev.emporium.platform.testapp.PlatformTestApplication;
import static dev.emporium.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.TestJwts;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Whatever goes wrong, the client gets an RFC 9457 problem with a code and a trace id, never a 500 for bad input. */
@EmporiumServiceTest(classes = PlatformTestApplication.class)
class ProblemDetailsTest {

    @LocalServerPort int port;
    TestHttp http;

    static final String VALID = """
            {"name": "Ada", "email": "ada@example.com", "quantity": 2, "size": "M"}""";

    @BeforeEach
    void client() {
        http = new TestHttp("http://127.0.0.1:" + port);
    }

    @Test
    void acceptsAValidRequest() {
        assertThat(http.post("/api/v1/public/orders", VALID).status()).isEqualTo(200);
    }

    @Test
    void answersMalformedJsonWithMalformedRequest() {
        assertProblem(http.post("/api/v1/public/orders", "{\"name\": "), 400, "MALFORMED_REQUEST");
    }

    @Test
    void answersAnEmptyBodyWithMalformedRequest() {
        assertProblem(http.send("POST", "/api/v1/public/orders", "", "Content-Type", "application/json"), 400, "MALFORMED_REQUEST");
    }

    @Test
    void namesTheFieldOfAWrongType() {
        JsonNode problem = assertProblem(http.post("/api/v1/public/orders", VALID.replace("2,", "\"two\",")), 400, "VALIDATION_FAILED");
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("quantity");
    }

    @Test
    void refusesANumberWhereTextIsExpected() {
        JsonNode problem = assertProblem(http.post("/api/v1/public/orders", VALID.replace("\"Ada\"", "42")), 400, "VALIDATION_FAILED");
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("name");
    }

    @Test
    void namesTheFieldOfAnUnknownEnumValue() {
        JsonNode problem = assertProblem(http.post("/api/v1/public/orders", VALID.replace("\"M\"", "\"XXL\"")), 400, "VALIDATION_FAILED");
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("size");
        assertThat(problem.at("/errors/0/message").asString()).contains("S, M, L");
    }

    @Test
    void namesEveryMissingOrInvalidField() {
        JsonNode problem = assertProblem(http.post("/api/v1/public/orders", "{\"email\": \"not-an-email\", \"quantity\": 500}"),
                400, "VALIDATION_FAILED");
        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("name", "email", "quantity", "size");
    }

    @Test
    void refusesABodyOverTheSizeLimit() {
        String huge = VALID.replace("\"Ada\"", "\"" + "a".repeat(100_000) + "\"");
        assertProblem(http.post("/api/v1/public/orders", huge), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void answersAnUnknownRouteWithNotFound() {
        assertProblem(http.get("/api/v1/public/nothing-here", "Authorization", "Bearer " + TestJwts.get().customer(UUID.randomUUID())),
                404, "NOT_FOUND");
    }

    @Test
    void answersAWrongMethodWithMethodNotAllowed() {
        assertProblem(http.send("DELETE", "/api/v1/public/orders", null,
                "Authorization", "Bearer " + TestJwts.get().customer(UUID.randomUUID())), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void answersAnUnsupportedContentTypeWith415() {
        assertProblem(http.send("POST", "/api/v1/public/orders", "name=Ada", "Content-Type", "text/plain"), 415,
                "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void namesAQueryParameterOfTheWrongType() {
        JsonNode problem = assertProblem(http.get("/api/v1/public/orders?page=abc"), 400, "VALIDATION_FAILED");
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("page");
    }

    @Test
    void turnsABusinessRuleIntoItsOwnCode() {
        assertProblem(http.post("/api/v1/public/conflict", "{}"), 409, "EMAIL_TAKEN");
    }

    @Test
    void hidesTheDetailsOfAnUnexpectedError() {
        TestHttp.Response response = http.post("/api/v1/public/crash", "{}");
        assertProblem(response, 500, "INTERNAL_ERROR");
        assertThat(response.body()).doesNotContain("secret internal detail").doesNotContain("IllegalStateException");
    }

    @Test
    void answersAnUnavailableStoreWith503AndRetryAfter() {
        TestHttp.Response response = http.post("/api/v1/public/store-down", "{}");
        assertProblem(response, 503, "SERVICE_UNAVAILABLE");
        assertThat(response.header("Retry-After")).isEqualTo("1");
        assertThat(response.body()).doesNotContain("secret pool detail").doesNotContain("CannotGetJdbcConnection");
    }

    @Test
    void echoesTheClientsRequestId() {
        assertThat(http.post("/api/v1/public/orders", VALID, "X-Request-Id", "abc-123").header("X-Request-Id")).isEqualTo("abc-123");
    }

    @Test
    void makesARequestIdWhenTheClientSentNone() {
        assertThat(http.post("/api/v1/public/orders", "{").header("X-Request-Id")).hasSize(36);
    }

    @Test
    void continuesTheClientsTrace() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        TestHttp.Response response = http.post("/api/v1/public/orders", "{", "traceparent", "00-" + traceId + "-00f067aa0ba902b7-01");
        assertThat(response.json().get("traceId").asString()).isEqualTo(traceId);
    }
}
