package dev.emporium.web.upstream;

import dev.emporium.platform.api.HeaderNames;
import dev.emporium.web.StorefrontProperties;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One service's public API as the storefront calls it: a connect and an answer timeout, the request id of the page
 * being rendered, and a circuit breaker (once half of the last 20 calls, at least 10, found the service down or
 * failing, calls fail at once for {@code openCircuitFor}, so a page that can do without the service does not wait
 * for it). Any answer below 500 is returned for the caller to read ({@link Answer}); no answer, a timeout, a 5xx or
 * an open circuit is an {@link UpstreamUnavailableException}. Nothing is retried: a page would rather show the part
 * as unavailable than keep the shopper waiting.
 */
public final class Upstream {

    private final String service;
    private final String baseUrl;
    private final RestClient http;
    private final CircuitBreaker breaker;

    public Upstream(String service, String baseUrl, RestClient.Builder builder, StorefrontProperties.Calls calls) {
        this.service = service;
        this.baseUrl = baseUrl;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(calls.connectTimeout()).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(calls.timeout());
        this.http = builder.clone().requestFactory(requests).build();
        this.breaker = CircuitBreaker.of(service, CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(20).minimumNumberOfCalls(10).failureRateThreshold(50)
                .waitDurationInOpenState(calls.openCircuitFor()).permittedNumberOfCallsInHalfOpenState(3)
                .recordExceptions(Unanswered.class).build());
    }

    public String service() {
        return service;
    }

    public Call get(String path, Object... pathVariables) {
        return new Call(HttpMethod.GET, path, pathVariables);
    }

    public Call post(String path, Object... pathVariables) {
        return new Call(HttpMethod.POST, path, pathVariables);
    }

    public Call put(String path, Object... pathVariables) {
        return new Call(HttpMethod.PUT, path, pathVariables);
    }

    public Call patch(String path, Object... pathVariables) {
        return new Call(HttpMethod.PATCH, path, pathVariables);
    }

    public Call delete(String path, Object... pathVariables) {
        return new Call(HttpMethod.DELETE, path, pathVariables);
    }

    /** One request being put together; {@link #send()} makes it. */
    public final class Call {

        private final HttpMethod method;
        private final String path;
        private final List<Object> variables;
        private final List<Map.Entry<String, String>> query = new ArrayList<>();
        private final HttpHeaders headers = new HttpHeaders();
        private @Nullable Object body;

        private Call(HttpMethod method, String path, Object[] pathVariables) {
            this.method = method;
            this.path = path;
            this.variables = new ArrayList<>(List.of(pathVariables));
        }

        /** A query parameter; none when the value is null or blank. */
        public Call query(String name, @Nullable Object value) {
            if (value != null && !value.toString().isBlank()) {
                query.add(Map.entry(name, value.toString()));
            }
            return this;
        }

        /** A header; none when the value is null. */
        public Call header(String name, @Nullable String value) {
            if (value != null) {
                headers.set(name, value);
            }
            return this;
        }

        /** The customer's access token; none for a guest. */
        public Call bearer(@Nullable String accessToken) {
            return accessToken == null ? this : header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken);
        }

        public Call json(Object body) {
            this.body = body;
            return this;
        }

        /** Any answer below 500; throws {@link UpstreamUnavailableException} when the service cannot answer. */
        public Answer send() {
            URI uri = uri();
            try {
                return breaker.executeSupplier(() -> exchange(uri));
            } catch (Unanswered e) {
                throw new UpstreamUnavailableException(service, e.getMessage(), e.getCause(), e.answer);
            } catch (CallNotPermittedException e) {
                throw new UpstreamUnavailableException(service, "its circuit is open after repeated failures", e);
            }
        }

        private URI uri() {
            UriComponentsBuilder builder = UriComponentsBuilder.fromUriString(baseUrl).path(path);
            List<Object> values = new ArrayList<>(variables);
            for (int i = 0; i < query.size(); i++) {
                builder.queryParam(query.get(i).getKey(), "{q" + i + "}");
                values.add(query.get(i).getValue());
            }
            // the template is encoded first, then each value strictly: a '&' or '+' in a value stays a value
            return builder.encode().buildAndExpand(values.toArray()).toUri();
        }

        private Answer exchange(URI uri) {
            try {
                RestClient.RequestBodySpec request = http.method(method).uri(uri)
                        .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                        .headers(sent -> {
                            sent.addAll(headers);
                            String requestId = MDC.get("requestId");
                            if (requestId != null) {
                                sent.set(HeaderNames.REQUEST_ID, requestId);
                            }
                        });
                if (body != null) {
                    request.contentType(MediaType.APPLICATION_JSON).body(body);
                }
                Answer answer = request.exchange((req, response) -> new Answer(response.getStatusCode().value(),
                        response.getHeaders(), ApiJson.parse(response.getBody().readAllBytes())), true);
                if (answer.status() >= 500) {
                    throw new Unanswered(service + " answered " + answer.status() + " " + answer.code(), null, answer);
                }
                return answer;
            } catch (RestClientException e) {
                throw new Unanswered(service + " did not answer: " + e.getMessage(), e, null);
            }
        }
    }

    /** The service did not answer usefully: counts against its circuit. */
    private static final class Unanswered extends RuntimeException {
        private final transient @Nullable Answer answer;

        Unanswered(String message, @Nullable Throwable cause, @Nullable Answer answer) {
            super(message, cause, false, false);
            this.answer = answer;
        }
    }
}
