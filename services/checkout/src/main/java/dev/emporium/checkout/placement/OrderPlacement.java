package dev.emporium.checkout.placement;

import dev.emporium.checkout.address.ShippingAddress;
import dev.emporium.checkout.order.OrderClient;
import dev.emporium.checkout.quote.Quote;
import dev.emporium.checkout.shipping.ShippingMethod;
import dev.emporium.platform.money.Money;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** The order a checkout places, as order's internal API takes it: exactly what the checkout priced and authorized. */
@Component
class OrderPlacement {

    private final OrderClient orders;

    OrderPlacement(OrderClient orders) {
        this.orders = orders;
    }

    record Line(UUID productId, String sku, String name, int quantity, Money unitPrice, Money lineTotal) {
    }

    record Payment(UUID paymentId, String status, @Nullable String brand, @Nullable String last4) {
    }

    record CreateOrder(UUID orderId, UUID checkoutId, UUID customerId, List<Line> lines, Money subtotal, Money shipping, Money tax,
            Money total, String currency, ShippingAddress shippingAddress, ShippingMethod shippingMethod, Payment payment, UUID reservationId) {
    }

    JsonNode create(CheckoutState state) {
        Quote priced = state.priced();
        PaymentSummary payment = state.payment();
        List<Line> lines = priced.lines().stream()
                .map(line -> new Line(line.productId(), line.sku(), line.name(), line.quantity(), line.unitPrice(), line.lineTotal())).toList();
        return orders.create(state.customerId(), new CreateOrder(state.orderId(), state.id(), state.customerId(), lines, priced.subtotal(),
                priced.shipping(), priced.tax(), priced.total(), priced.currency(), state.request().shippingAddress(),
                state.request().shippingMethod(), new Payment(state.paymentId(), payment.status(), payment.brand(), payment.last4()),
                state.reservationId()));
    }

    JsonNode confirm(CheckoutState state) {
        Money captured = state.payment().capturedAmount() != null ? state.payment().capturedAmount() : state.priced().total();
        return orders.confirm(state.customerId(), state.orderId(), captured);
    }

    void cancel(CheckoutState state, String reason) {
        orders.cancel(state.customerId(), state.orderId(), reason);
    }
}
