package dev.emporium.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.platform.testapp.PlatformTestApplication;
import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.TestHttp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What the platform adds to every service's OpenAPI documents, read from the sample service's: the public one and,
 * since the sample has internal endpoints, the internal one.
 */
@EmporiumServiceTest(classes = PlatformTestApplication.class, properties = {
        "emporium.api.title=Sample API", "emporium.api.version=2.1.0", "emporium.api.internal.version=1.4.0" })
class OpenApiDocumentTest {

    @LocalServerPort int port;
    JsonNode document;
    JsonNode internal;

    @BeforeEach
    void read() {
        document = read("/v3/api-docs");
        internal = read("/v3/api-docs/internal");
    }

    private JsonNode read(String path) {
        TestHttp.Response response = new TestHttp("http://127.0.0.1:" + port).get(path);
        assertThat(response.status()).as(path).isEqualTo(200);
        return response.json();
    }

    @Test
    void namesTheServiceAndItsVersionAndTheGatewayAsServer() {
        assertThat(document.at("/info/title").asString()).isEqualTo("Sample API");
        assertThat(document.at("/info/version").asString()).isEqualTo("2.1.0");
        assertThat(document.at("/servers/0/url").asString()).isEqualTo("/");
    }

    @Test
    void declaresTheBearerJwtSchemeAndRequiresItOutsidePublicPaths() {
        assertThat(document.at("/components/securitySchemes/bearerAuth/scheme").asString()).isEqualTo("bearer");
        assertThat(document.at("/components/securitySchemes/bearerAuth/bearerFormat").asString()).isEqualTo("JWT");
        assertThat(document.at("/paths/~1api~1v1~1me/get/security/0/bearerAuth").isArray()).isTrue();
        assertThat(codesOf(document.at("/paths/~1api~1v1~1admin~1things/get/responses/403"))).containsExactly("FORBIDDEN");
    }

    @Test
    void leavesInternalOperationsAndWhatOnlyTheyUseOutOfThePublicDocument() {
        assertThat(document.get("paths").propertyNames()).isNotEmpty().noneMatch(path -> path.startsWith("/internal/"));
        assertThat(document.at("/components/schemas").has("SampleReservation")).isFalse();
        assertThat(document.at("/components/securitySchemes").has("serviceToken")).isFalse();
        assertThat(document.path("tags").findValuesAsString("name")).doesNotContain("Sample reservations (internal)");
    }

    @Test
    void servesTheInternalOperationsAloneInADocumentOfTheirOwn() {
        assertThat(internal.get("paths").propertyNames()).containsExactlyInAnyOrder("/internal/samples/reservations",
                "/internal/samples/reservations/caller", "/internal/samples/reservations/for-user", "/internal/samples/undeclared");
        assertThat(internal.at("/components/schemas").has("SampleReservation")).isTrue();
        assertThat(internal.get("tags").findValuesAsString("name")).containsExactly("Sample reservations (internal)");
        assertThat(internal.at("/info/title").asString()).isEqualTo("Sample API (internal)");
        assertThat(internal.at("/info/version").asString()).isEqualTo("1.4.0");
        assertThat(internal.at("/servers/0/description").asString()).contains("does not route `/internal/**`");
    }

    @Test
    void documentsAnInternalOperationAsForServicesWithItsScope() {
        JsonNode operation = internal.at("/paths/~1internal~1samples~1reservations~1caller/get");

        assertThat(operation.at("/security/0/serviceToken").isArray()).isTrue();
        assertThat(internal.at("/components/securitySchemes/serviceToken/scheme").asString()).isEqualTo("bearer");
        assertThat(internal.at("/components/securitySchemes").has("bearerAuth")).isFalse();
        assertThat(operation.get("description").asString()).contains("a service token with the scope `sample:reserve`");
        assertThat(codesOf(internal, operation.at("/responses/403"))).containsExactly("FORBIDDEN");
        assertThat(codesOf(internal, operation.at("/responses/5XX"))).containsExactly("INTERNAL_ERROR");
        assertThat(operation.at("/responses").has("429")).isFalse();
        assertThat(operation.get("parameters").toString()).doesNotContain("ServiceCaller").contains("X-Request-Id");
    }

    @Test
    void documentsAnInternalOperationsInputProblems() {
        JsonNode responses = internal.at("/paths/~1internal~1samples~1reservations/post/responses");
        assertThat(codesOf(internal, responses.get("400"))).contains("MALFORMED_REQUEST", "VALIDATION_FAILED");
        assertThat(codesOf(internal, responses.get("415"))).containsExactly("UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void documentsAnOperationsOwnProblemWithItsCodeBesideThePlatformsOnes() {
        JsonNode responses = document.at("/paths/~1api~1v1~1public~1conflict/post/responses");
        assertThat(codesOf(responses.get("409"))).containsExactly("EMAIL_TAKEN");
        assertThat(codesOf(responses.get("401"))).containsExactly("UNAUTHORIZED");
        assertThat(codesOf(responses.get("429"))).containsExactly("RATE_LIMITED");
        assertThat(codesOf(responses.get("5XX"))).contains("INTERNAL_ERROR", "SERVICE_UNAVAILABLE");
        assertThat(resolved(responses.get("409")).at("/content/application~1problem+json/examples/EMAIL_TAKEN/value/status").asInt())
                .isEqualTo(409);
    }

    @Test
    void documentsValidationFailuresWhereThereIsInputToValidate() {
        JsonNode create = document.at("/paths/~1api~1v1~1public~1orders/post/responses");
        assertThat(codesOf(create.get("400"))).contains("MALFORMED_REQUEST", "VALIDATION_FAILED");
        assertThat(codesOf(create.get("415"))).containsExactly("UNSUPPORTED_MEDIA_TYPE");
        assertThat(codesOf(document.at("/paths/~1api~1v1~1me/get/responses/400"))).containsExactly("MALFORMED_REQUEST");
    }

    @Test
    void describesTheSharedParametersAndTheRequestIdHeader() {
        JsonNode page = parameter("/paths/~1api~1v1~1public~1orders/get", "page");
        assertThat(page.at("/schema/minimum").asInt()).isZero();
        assertThat(parameter("/paths/~1api~1v1~1me/get", "X-Request-Id").at("/schema/maxLength").asInt()).isEqualTo(128);
        assertThat(document.at("/paths/~1api~1v1~1me/get/responses/200/headers/X-Request-Id/$ref").asString())
                .isEqualTo("#/components/headers/X-Request-Id");
    }

    @Test
    void tellsRateLimitedClientsWhenToRetry() {
        JsonNode tooMany = resolved(document.at("/paths/~1api~1v1~1me/get/responses/429"));
        assertThat(tooMany.at("/headers/Retry-After/schema/type").asString()).isEqualTo("integer");
    }

    @Test
    void leavesTheErrorPathAndOperatorEndpointsOutOfThePublicDocument() {
        assertThat(document.at("/paths/~1error").isMissingNode()).isTrue();
        assertThat(document.get("paths").propertyNames()).noneMatch(path -> path.startsWith("/api/v1/admin/events"));
    }

    private JsonNode parameter(String operation, String name) {
        for (JsonNode parameter : document.at(operation + "/parameters")) {
            if (parameter.path("name").asString().equals(name)) {
                return parameter;
            }
        }
        throw new AssertionError("No parameter " + name + " in " + operation);
    }

    /** Problem responses are shared components: {@code {"$ref": "#/components/responses/409-EMAIL_TAKEN"}}. */
    private JsonNode resolved(JsonNode response) {
        return resolved(document, response);
    }

    private static JsonNode resolved(JsonNode in, JsonNode response) {
        return response.has("$ref") ? in.at(response.get("$ref").asString().substring(1)) : response;
    }

    private List<String> codesOf(JsonNode response) {
        return codesOf(document, response);
    }

    private static List<String> codesOf(JsonNode in, JsonNode response) {
        List<String> codes = new ArrayList<>();
        resolved(in, response).at("/content/application~1problem+json/schema/allOf/1/properties/code/enum").forEach(code -> codes.add(code.asString()));
        return codes;
    }
}
