package dev.emporium.platform.web;

import static dev.emporium.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.platform.testapp.PlatformTestApplication;
import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.RawHttp;
import dev.emporium.testsupport.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Input that used to make a service answer 500 or an HTML page: each is a 4xx problem with a request id, and no
 * answer names an internal class.
 */
@EmporiumServiceTest(classes = PlatformTestApplication.class)
class BadInputTest {

    @LocalServerPort int port;
    TestHttp http;
    RawHttp raw;

    static final String VALID = """
            {"name": "Ada", "email": "ada@example.com", "quantity": 2, "size": "M"}""";

    @BeforeEach
    void clients() {
        http = new TestHttp("http://127.0.0.1:" + port);
        raw = new RawHttp("127.0.0.1", port);
    }

    @ParameterizedTest
    @ValueSource(strings = { "%zz", "%C0%AF", "%FF", "%E2%82", "%", "abc%2" })
    void refusesAQueryParameterThatIsNotPercentEncodedUtf8(String value) {
        assertProblem(raw.send("GET /api/v1/public/orders?name=" + value + " HTTP/1.1"), 400, "MALFORMED_REQUEST");
    }

    @ParameterizedTest
    @ValueSource(strings = { "%C0%AF", "%zz", "%FF" })
    void answersAPathTomcatCannotDecodeWithAProblem(String segment) {
        assertProblem(raw.send("GET /api/v1/public/" + segment + " HTTP/1.1"), 400, "BAD_REQUEST");
    }

    @Test
    void refusesAFormBodyWithBrokenEscapesWithoutParsingIt() {
        TestHttp.Response response = http.send("PUT", "/api/v1/public/orders", "name=%zz&size=%C0%AF",
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(response.status()).isBetween(400, 499);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void acceptsAPercentEncodedUtf8QueryParameter() {
        assertThat(raw.send("GET /api/v1/public/orders?name=%C3%A9t%C3%A9+ok HTTP/1.1").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = { "*/*", "application/*", "garbage", "text/", "application/json; charset=no-such-charset",
        "application/*+json" })
    void refusesAWildcardOrUnparseableContentTypeWith415(String contentType) {
        assertProblem(http.send("POST", "/api/v1/public/orders", VALID, "Content-Type", contentType), 415,
                "UNSUPPORTED_MEDIA_TYPE");
    }

    @ParameterizedTest
    @ValueSource(strings = { "1", "\"1\"", "\"m\"", "\"M \"", "\" M\"", "\"\"" })
    void acceptsOnlyTheExactNameOfAnEnumConstant(String size) {
        JsonNode problem = assertProblem(http.post("/api/v1/public/orders", VALID.replace("\"M\"", size)), 400,
                "VALIDATION_FAILED");
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("size");
    }

    @ParameterizedTest
    @ValueSource(strings = { "M%20", "m", "1", "%20M" })
    void acceptsOnlyTheExactNameOfAnEnumQueryParameter(String size) {
        JsonNode problem = assertProblem(raw.send("GET /api/v1/public/orders?size=" + size + " HTTP/1.1"), 400,
                "VALIDATION_FAILED");
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("size");
        assertThat(problem.at("/errors/0/message").asString()).isEqualTo("must be one of S, M, L");
    }

    @Test
    void namesTheFieldOfAWrongTypeInAJsonTreeBoundByHand() {
        JsonNode problem = assertProblem(http.post("/api/v1/public/orders/merged", VALID.replace("2,", "\"two\",")), 400,
                "VALIDATION_FAILED");
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("quantity");
        assertThat(problem.at("/errors/0/message").asString()).isEqualTo("must be a whole number");
    }

    @Test
    void namesTheFieldOfAnUnknownEnumValueInAJsonTreeBoundByHand() {
        JsonNode problem = assertProblem(http.post("/api/v1/public/orders/merged", VALID.replace("\"M\"", "\"XXL\"")), 400,
                "VALIDATION_FAILED");
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("size");
    }

    @ParameterizedTest
    @ValueSource(strings = { "[]", "\"text\"", "42", "[{\"name\": 1}]" })
    void describesABodyOfTheWrongShapeWithoutNamingClasses(String body) {
        TestHttp.Response response = http.post("/api/v1/public/orders", body);
        assertProblem(response, 400, "MALFORMED_REQUEST");
        assertThat(response.body()).doesNotContain("dev.emporium", "tools.jackson", "java.", "SampleController", "Order`");
    }

    @Test
    void describesAFieldOfTheWrongShapeWithoutNamingClasses() {
        TestHttp.Response response = http.post("/api/v1/public/orders", VALID.replace("\"Ada\"", "{\"first\": \"Ada\"}"));
        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(response.json().at("/errors/0/message").asString()).isEqualTo("must be text");
        assertThat(response.body()).doesNotContain("String").doesNotContain("java.");
    }

    @Test
    void answersHeadWhereverGetIsServed() {
        RawHttp.Response head = raw.send("HEAD /api/v1/public/orders HTTP/1.1");
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }
}
