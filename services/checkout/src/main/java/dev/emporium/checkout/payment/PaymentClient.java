package dev.emporium.checkout.payment;

import dev.emporium.checkout.CheckoutProperties;
import dev.emporium.checkout.downstream.InternalApi;
import dev.emporium.platform.money.Money;
import dev.emporium.platform.serviceclient.ServiceTokens;
import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * Payment's internal API (scope {@code payment:charge}), idempotent on the payment id checkout chose: the same id and
 * request answer the payment as it is, a void of an id payment never saw leaves a tombstone that voids a late
 * authorization at once, and a refund is idempotent on its own id.
 */
@Component
public class PaymentClient {

    private final InternalApi payment;

    PaymentClient(RestClient.Builder builder, ObjectProvider<ServiceTokens> serviceTokens, CheckoutProperties properties,
            @Value("${emporium.services.payment.url:http://127.0.0.1:8088}") String url) {
        this.payment = new InternalApi("payment", url, builder, serviceTokens.getIfAvailable(), properties.payment());
    }

    /** A payment as payment answers it. */
    public record Payment(String status, @Nullable String declineCode, @Nullable String brand, @Nullable String last4,
            @Nullable String nextActionUrl, @Nullable Money capturedAmount) {

        static Payment of(JsonNode view) {
            JsonNode captured = view.path("capturedAmount");
            return new Payment(view.path("status").asString(""), text(view.path("declineCode")), text(view.path("card").path("brand")),
                    text(view.path("card").path("last4")), text(view.path("nextAction").path("url")),
                    captured.isObject() ? Money.rounded(new BigDecimal(captured.path("amount").asString()), captured.path("currency").asString())
                            : null);
        }

        private static @Nullable String text(JsonNode node) {
            return node.isMissingNode() || node.isNull() ? null : node.asString();
        }
    }

    public record Card(String number, int expMonth, int expYear, String cvc) {
        @Override
        public String toString() {
            return "Card[****]";
        }
    }

    public Payment authorize(UUID customerId, UUID paymentId, String reference, Money amount, @Nullable Card card,
            @Nullable String paymentToken, String returnUrl) {
        record Authorize(UUID paymentId, UUID customerId, String reference, Money amount, @Nullable Card card,
                @Nullable String paymentToken, String returnUrl) {
            @Override
            public String toString() {
                return "Authorize[" + paymentId + "]";
            }
        }
        return Payment.of(payment.post(customerId, new Authorize(paymentId, customerId, reference, amount, card, paymentToken, returnUrl),
                "/internal/payments"));
    }

    public Payment get(UUID customerId, UUID paymentId) {
        return Payment.of(payment.get(customerId, "/internal/payments/{id}", paymentId));
    }

    public Payment capture(UUID customerId, UUID paymentId, Money amount, UUID orderId) {
        record Capture(Money amount, UUID orderId) {
        }
        return Payment.of(payment.post(customerId, new Capture(amount, orderId), "/internal/payments/{id}/capture", paymentId));
    }

    public Payment voidPayment(UUID customerId, UUID paymentId) {
        return Payment.of(payment.post(customerId, null, "/internal/payments/{id}/void", paymentId));
    }

    /** Refunds everything captured and not refunded yet. */
    public void refundAll(UUID customerId, UUID paymentId, UUID refundId) {
        record Refund(UUID refundId) {
        }
        payment.post(customerId, new Refund(refundId), "/internal/payments/{id}/refunds", paymentId);
    }
}
