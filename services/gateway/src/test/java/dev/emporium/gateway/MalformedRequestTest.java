package dev.emporium.gateway;

import static dev.emporium.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.platform.api.BearerChallenges;
import dev.emporium.testsupport.RawHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests the gateway's HTTP stack cannot take apart, and service errors that are not problems: every answer is a
 * 4xx problem with a request id, like any other error of the gateway.
 */
class MalformedRequestTest extends GatewayTest {

    RawHttp raw;

    @BeforeEach
    void rawClient() {
        raw = new RawHttp("127.0.0.1", port);
    }

    @Test
    void answersAnUndecodableRequestLineWithAProblem() {
        assertProblem(raw.send("GE\u0001T /api/v1/products HTTP/1.1"), 400, "BAD_REQUEST");
    }

    @Test
    void answersAnInvalidUriWithAProblem() {
        assertProblem(raw.send("GET /api/v1/products/a|b{c} HTTP/1.1"), 400, "BAD_REQUEST");
    }

    @Test
    void answersAMalformedPercentEscapeInThePathWithAProblem() {
        assertProblem(raw.send("GET /api/v1/products/%zz HTTP/1.1"), 400, "BAD_REQUEST");
    }

    @Test
    void answersAnOverlongUriWithAProblem() {
        assertProblem(raw.send("GET /api/v1/products?q=" + "a".repeat(20_000) + " HTTP/1.1"), 414, "URI_TOO_LONG");
    }

    @Test
    void answersOversizeHeadersWithAProblem() {
        assertProblem(raw.send("GET /api/v1/products HTTP/1.1", "X-Big: " + "a".repeat(20_000)), 431, "HEADERS_TOO_LARGE");
    }

    @Test
    void keepsTheClientsRequestIdOnAnUndecodableRequest() {
        RawHttp.Response response = raw.send("GET /api/v1/products/a|b HTTP/1.1", "X-Request-Id: fuzz-123");
        assertThat(response.header("X-Request-Id")).isEqualTo("fuzz-123");
    }

    @Test
    void answersAHeadRequestItCannotDecodeWithoutABody() {
        RawHttp.Response response = raw.send("HEAD /api/v1/products/a|b HTTP/1.1");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("X-Request-Id")).isNotBlank();
        assertThat(response.body()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "q=%C0%AF", "q=%FF", "q=%E2%82", "q=%ED%A0%80" })
    void refusesAQueryThatIsNotPercentEncodedUtf8BeforeTheService(String query) {
        String path = unique("/api/v1/products");
        assertProblem(raw.send("GET " + path + "?" + query + " HTTP/1.1"), 400, "MALFORMED_REQUEST");
        assertThat(SERVICES.receivedAt(path + "?" + query)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "q=a%2", "q=%", "q=%zz" })
    void answersABrokenPercentEscapeInTheQueryWithAProblem(String query) {
        assertProblem(raw.send("GET /api/v1/products?" + query + " HTTP/1.1"), 400, "BAD_REQUEST");
    }

    @Test
    void refusesAPathThatIsNotUtf8BeforeTheService() {
        assertProblem(raw.send("GET /api/v1/products/%C0%AF HTTP/1.1"), 400, "MALFORMED_REQUEST");
    }

    @ParameterizedTest
    @ValueSource(strings = { "*/*", "application/*", "garbage", "text/", "application/json; charset=nope" })
    void refusesAWildcardOrUnparseableContentType(String contentType) {
        RawHttp.Response response = raw.send("POST /api/v1/auth/login HTTP/1.1", "Content-Type: " + contentType + "\r\n"
                + "Content-Length: 2\r\n", "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertProblem(response, 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @ParameterizedTest
    @ValueSource(strings = { "null", "http://", "foo", "http://a b", "http://localhost:8080/path", "ftp://localhost",
        "http://localhost:99999", "http://user@localhost:5173" })
    void refusesAnOriginThatIsNotAValidOrigin(String origin) {
        assertProblem(raw.send("GET /api/v1/products HTTP/1.1", "Origin: " + origin), 403, "CORS_REJECTED");
    }

    @Test
    void turnsAServicesHtmlErrorPageIntoAProblem() {
        RawHttp.Response response = raw.send("GET " + unique("/api/v1/products") + "/html-error HTTP/1.1");
        assertProblem(response, 400, "BAD_REQUEST");
        assertThat(response.body()).doesNotContain("<html");
    }

    @Test
    void turnsAServicesEmptyErrorIntoAProblem() {
        assertProblem(raw.send("GET " + unique("/api/v1/products") + "/empty-error HTTP/1.1"), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void rewordsAServicesChallengeSoItCarriesNoInternals() {
        RawHttp.Response response = raw.send("GET " + unique("/api/v1/products") + "/challenge HTTP/1.1");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).isEqualTo(BearerChallenges.INVALID_TOKEN);
    }

    @Test
    void answersHeadWhereverGetIsServed() {
        RawHttp.Response response = raw.send("HEAD /api/v1/products HTTP/1.1");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
    }
}
