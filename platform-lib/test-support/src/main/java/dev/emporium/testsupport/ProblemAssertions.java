package dev.emporium.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;

/** Checks that a response is a well-formed Emporium problem (RFC 9457 + code + traceId, no stack trace). */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    public static JsonNode assertProblem(TestHttp.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("code").asString()).isEqualTo(code);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("type").asString()).startsWith("https://");
        assertThat(problem.get("traceId").asString()).hasSize(32);
        assertThat(response.body()).doesNotContain("\"trace\"").doesNotContain("at dev.emporium").doesNotContain("Exception");
        return problem;
    }

    /** The same for a response read off a raw socket; also checks the request id every response carries. */
    public static JsonNode assertProblem(RawHttp.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.body()).startsWith("application/problem+json");
        assertThat(response.header("X-Request-Id")).isNotBlank();
        JsonNode problem = tools.jackson.databind.json.JsonMapper.shared().readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("code").asString()).isEqualTo(code);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("type").asString()).startsWith("https://");
        assertThat(response.body()).doesNotContain("\"trace\"").doesNotContain("at dev.emporium").doesNotContain("Exception");
        return problem;
    }
}
