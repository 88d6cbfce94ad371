package dev.emporium.web.admin.orders;

import dev.emporium.platform.api.HeaderNames;
import dev.emporium.web.admin.AdminApi;
import dev.emporium.web.upstream.Answer;
import dev.emporium.web.upstream.Upstream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Order's admin API (any customer's orders, shipping, delivery, refunds) and payment's list of an order's payments. */
@Component
public class OrderAdminClient {

    public static final List<String> STATUSES = List.of("PENDING", "CONFIRMED", "SHIPPED", "DELIVERED", "CANCELLED", "REFUNDED");

    private final Upstream order;
    private final Upstream payment;

    OrderAdminClient(Upstream orderAdminApi, Upstream paymentAdminApi) {
        this.order = orderAdminApi;
        this.payment = paymentAdminApi;
    }

    /** Newest first; {@code status} and {@code customerId} null for all. */
    public AdminOrder.Page list(AdminApi.Caller admin, @Nullable String status, @Nullable UUID customerId, int page, int size) {
        return admin.send(order.get("/api/v1/admin/orders").query("status", status).query("customerId", customerId)
                .query("page", page).query("size", size))
                .expect(order.service(), AdminOrder.Page.class);
    }

    public Optional<AdminOrder> get(AdminApi.Caller admin, UUID id) {
        Answer answer = admin.send(order.get("/api/v1/admin/orders/{id}", id));
        return answer.status() == 404 ? Optional.empty() : Optional.of(answer.expect(order.service(), AdminOrder.class));
    }

    public List<AdminPayment> payments(AdminApi.Caller admin, UUID orderId) {
        return admin.send(payment.get("/api/v1/admin/payments").query("orderId", orderId).query("size", 100))
                .expect(payment.service(), AdminPayment.Page.class).items();
    }

    /** The answer as it is: 200 with the shipped order, or a problem. */
    public Answer ship(AdminApi.Caller admin, UUID id, String carrier) {
        return admin.send(order.post("/api/v1/admin/orders/{id}/ship", id).json(Map.of("carrier", carrier)));
    }

    public Answer deliver(AdminApi.Caller admin, UUID id) {
        return admin.send(order.post("/api/v1/admin/orders/{id}/deliver", id).json(Map.of()));
    }

    /** A refund of {@code amount} in the order's currency, or of everything refundable when null. */
    public Answer refund(AdminApi.Caller admin, UUID id, @Nullable String amount, String currency, String idempotencyKey) {
        Map<String, Object> body = amount == null ? Map.of() : Map.of("amount", Map.of("amount", amount, "currency", currency));
        return admin.send(order.post("/api/v1/admin/orders/{id}/refund", id).header(HeaderNames.IDEMPOTENCY_KEY, idempotencyKey).json(body));
    }
}
