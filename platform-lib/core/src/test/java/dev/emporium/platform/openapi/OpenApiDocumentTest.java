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

/** What the platform adds to every service's OpenAPI document, read from the sample service's. */
@EmporiumServiceTest(classes = PlatformTestApplication.class, properties = {
        "emporium.api.title=Sample API", "emporium.api.version=2.1.0" })
class OpenApiDocumentTest {

    @LocalServerPort int port;
    JsonNode document;

    @BeforeEach
    void read() {
        TestHttp.Response response = new TestHttp("http://127.0.0.1:" + port).get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        document = response.json();
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
    void documentsAnInternalOperationAsForServicesWithItsScope() {
        JsonNode operation = document.at("/paths/~1internal~1samples~1reservations~1caller/get");

        assertThat(operation.at("/security/0/serviceToken").isArray()).isTrue();
        assertThat(document.at("/components/securitySchemes/serviceToken/scheme").asString()).isEqualTo("bearer");
        assertThat(operation.get("description").asString()).contains("a service token with the scope `sample:reserve`");
        assertThat(codesOf(operation.at("/responses/403"))).containsExactly("FORBIDDEN");
        assertThat(operation.at("/responses").has("429")).isFalse();
        assertThat(operation.get("parameters").toString()).doesNotContain("ServiceCaller");
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
        return response.has("$ref") ? document.at(response.get("$ref").asString().substring(1)) : response;
    }

    private List<String> codesOf(JsonNode response) {
        List<String> codes = new ArrayList<>();
        resolved(response).at("/content/application~1problem+json/schema/allOf/1/properties/code/enum").forEach(code -> codes.add(code.asString()));
        return codes;
    }
}
