package dev.emporium.order.refund;

import dev.emporium.order.OrderProperties;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import dev.emporium.platform.money.Money;
import dev.emporium.platform.serviceclient.ServiceTokenException;
import dev.emporium.platform.serviceclient.ServiceTokens;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

/**
 * Payment's internal refunds ({@code POST /internal/payments/{paymentId}/refunds}, scope {@code payment:refund})
 * with this service's own token. Each call has a connect and a read timeout; it is retried by the refund job, not
 * here (a retry is the same refund id, so payment does it at most once). 4xx is a refusal for good, except 401, 408
 * and 429; anything else (no answer, 5xx, no service token) is "try again later". A circuit breaker stops calling a
 * payment service that keeps failing (half of the last 10 calls) for 30 s, so the jobs due meanwhile fail at once
 * instead of each waiting for a timeout.
 */
@Component
class PaymentServiceClient implements PaymentGateway {

    private final RestClient http;
    private final boolean hasCredentials;
    private final CircuitBreaker breaker = CircuitBreaker.of("payment", CircuitBreakerConfig.custom()
            .slidingWindowSize(10).minimumNumberOfCalls(5).failureRateThreshold(50)
            .waitDurationInOpenState(Duration.ofSeconds(30))
            .recordExceptions(PaymentUnavailableException.class).build());

    PaymentServiceClient(@Value("${emporium.services.payment.url:http://127.0.0.1:8088}") String paymentUrl,
            ObjectProvider<ServiceTokens> serviceTokens, OrderProperties properties) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(properties.refunds().timeout()).build());
        requests.setReadTimeout(properties.refunds().timeout());
        RestClient.Builder builder = RestClient.builder().baseUrl(paymentUrl).requestFactory(requests);
        ServiceTokens tokens = serviceTokens.getIfAvailable();
        if (tokens != null) {
            builder.requestInterceptor(tokens.interceptor());
        }
        this.hasCredentials = tokens != null;
        this.http = builder.build();
    }

    @Override
    public RefundResult refund(UUID paymentId, UUID refundId, Money amount) {
        try {
            return breaker.executeSupplier(() -> call(paymentId, refundId, amount));
        } catch (CallNotPermittedException e) {
            throw new PaymentUnavailableException("Payment failed too often lately; not called for refund " + refundId, e);
        }
    }

    private RefundResult call(UUID paymentId, UUID refundId, Money amount) {
        if (!hasCredentials) {
            throw new PaymentUnavailableException("No service client (emporium.service-client.*) to call payment with", null);
        }
        try {
            JsonNode answer = http.post().uri("/internal/payments/{paymentId}/refunds", paymentId)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("refundId", refundId, "amount", Map.of("amount", amount.amount().toPlainString(), "currency",
                            amount.currency())))
                    .retrieve().body(JsonNode.class);
            JsonNode status = answer == null ? null : answer.path("payment").path("status");
            return new Refunded(status == null || status.isMissingNode() || status.isNull() ? null : status.asString());
        } catch (HttpClientErrorException e) {
            int code = e.getStatusCode().value();
            if (code == 408 || code == 429 || code == 401) {
                throw new PaymentUnavailableException("Payment answered " + code + " to refund " + refundId, e);
            }
            JsonNode problem = e.getResponseBodyAs(JsonNode.class);
            String problemCode = problem == null ? String.valueOf(code) : problem.path("code").asString(String.valueOf(code));
            return new Refused(problemCode, "Payment refused refund " + refundId + ": " + code + " " + problemCode);
        } catch (RestClientException | ServiceTokenException e) {
            throw new PaymentUnavailableException("Payment did not take refund " + refundId + ": " + e.getMessage(), e);
        }
    }
}
