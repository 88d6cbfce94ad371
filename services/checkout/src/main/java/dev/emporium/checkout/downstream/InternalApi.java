package dev.emporium.checkout.downstream;

import dev.emporium.checkout.CheckoutProperties;
import dev.emporium.platform.api.HeaderNames;
import dev.emporium.platform.serviceclient.ServiceTokenException;
import dev.emporium.platform.serviceclient.ServiceTokens;
import java.net.http.HttpClient;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Another service's internal API as checkout calls it: checkout's own service token, the customer named in
 * {@code X-On-Behalf-Of}, a timeout on connecting and on the answer, and {@link Downstream}'s circuit breaker and
 * retries. Every call checkout makes is idempotent (a read, or a command on an id checkout chose), so each is retried
 * when the service does not answer, times out or answers 5xx, 408 or 429. Another 4xx is the service's refusal:
 * {@link Refused}, with the problem it answered, for the caller to interpret.
 */
public final class InternalApi {

    private static final Logger log = LoggerFactory.getLogger(InternalApi.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String service;
    private final RestClient http;
    private final boolean hasCredentials;
    private final Downstream downstream;

    public InternalApi(String service, String baseUrl, RestClient.Builder builder, @Nullable ServiceTokens tokens,
            CheckoutProperties.Calls calls) {
        this.service = service;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(calls.timeout()).build());
        requests.setReadTimeout(calls.timeout());
        RestClient.Builder client = builder.clone().baseUrl(baseUrl).requestFactory(requests);
        if (tokens != null) {
            client.requestInterceptor(tokens.interceptor());
        }
        this.hasCredentials = tokens != null;
        this.http = client.build();
        this.downstream = new Downstream(service, calls);
    }

    public JsonNode get(UUID customerId, String path, Object... variables) {
        return call(() -> exchange(http.get().uri(path, variables), customerId));
    }

    public JsonNode post(UUID customerId, @Nullable Object body, String path, Object... variables) {
        return call(() -> {
            RestClient.RequestBodySpec request = http.post().uri(path, variables).contentType(MediaType.APPLICATION_JSON);
            return exchange(body == null ? request : request.body(body), customerId);
        });
    }

    public String service() {
        return service;
    }

    private JsonNode call(java.util.function.Supplier<JsonNode> call) {
        if (!hasCredentials) {
            log.error("No service client (emporium.service-client.client-id and client-secret): checkout cannot call {}", service);
            throw new DownstreamUnavailableException(service, "no service client configured", null);
        }
        try {
            return downstream.idempotent(call);
        } catch (DownstreamUnavailableException e) {
            log.warn("Calling {} failed: {}", service, e.reason());
            throw e;
        }
    }

    private JsonNode exchange(RestClient.RequestHeadersSpec<?> request, UUID customerId) {
        try {
            return request.header(HeaderNames.ON_BEHALF_OF, customerId.toString()).exchange((req, response) -> {
                int status = response.getStatusCode().value();
                byte[] body = response.getBody().readAllBytes();
                JsonNode json = parse(body);
                if (status >= 500 || status == 408 || status == 429) {
                    throw new Downstream.Transient(service + " answered " + status, null);
                }
                if (status >= 400) {
                    throw new Refused(service, status, json);
                }
                return json;
            }, true);
        } catch (RestClientException | ServiceTokenException e) {
            if (e.getCause() instanceof Downstream.Transient transientFailure) {
                throw transientFailure;
            }
            if (e.getCause() instanceof Refused refused) {
                throw refused;
            }
            throw new Downstream.Transient(service + " did not answer: " + e.getMessage(), e);
        }
    }

    private JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return JSON.missingNode();
        }
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            return JSON.missingNode();
        }
    }

    /** The service refused the call (a 4xx other than 408 and 429): its status and the problem it answered. */
    public static final class Refused extends RuntimeException {

        private final int status;
        private final transient JsonNode problem;

        Refused(String service, int status, JsonNode problem) {
            super(service + " refused the call with " + status + " " + problem.path("code").asString(""), null, false, false);
            this.status = status;
            this.problem = problem;
        }

        public int status() {
            return status;
        }

        /** The problem's {@code code}, or an empty string. */
        public String code() {
            return problem.path("code").asString("");
        }

        public JsonNode problem() {
            return problem;
        }
    }
}
