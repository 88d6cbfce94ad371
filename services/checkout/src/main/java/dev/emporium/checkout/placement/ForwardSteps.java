package dev.emporium.checkout.placement;

import dev.emporium.checkout.CheckoutProperties;
import dev.emporium.checkout.address.Destination;
import dev.emporium.checkout.cart.CartClient;
import dev.emporium.checkout.cart.CustomerCart;
import dev.emporium.checkout.downstream.DownstreamUnavailableException;
import dev.emporium.checkout.downstream.InternalApi;
import dev.emporium.checkout.inventory.InventoryClient;
import dev.emporium.checkout.payment.PaymentClient;
import dev.emporium.checkout.quote.Quote;
import dev.emporium.checkout.quote.QuoteRequest;
import dev.emporium.checkout.quote.Quotes;
import dev.emporium.platform.web.ApiException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Each forward step's call and what its answer means for the checkout (SAGA.md's table). Every call is idempotent on
 * an id the checkout chose before, so a step is repeated, never guessed, when its outcome is unknown.
 */
@Component
class ForwardSteps {

    private static final Logger log = LoggerFactory.getLogger(ForwardSteps.class);

    private final CartClient carts;
    private final Quotes quotes;
    private final InventoryClient inventory;
    private final PaymentClient payments;
    private final OrderPlacement orders;
    private final CheckoutProperties.Saga saga;
    private final Clock clock;

    ForwardSteps(CartClient carts, Quotes quotes, InventoryClient inventory, PaymentClient payments, OrderPlacement orders,
            CheckoutProperties properties, Clock clock) {
        this.carts = carts;
        this.quotes = quotes;
        this.inventory = inventory;
        this.payments = payments;
        this.orders = orders;
        this.saga = properties.saga();
        this.clock = clock;
    }

    StepResult perform(Step step, CheckoutState state, @Nullable CardDetails card) {
        Checkouts.Change change = Checkouts.Change.from(state).progressed();
        try {
            return switch (step) {
                case PRICE_CART -> priceCart(state, change);
                case RESERVE_STOCK -> reserve(state, change);
                case AUTHORIZE_PAYMENT -> authorize(state, change, card);
                case CREATE_ORDER -> refusalFails(() -> {
                    orders.create(state);
                    return new StepResult.Succeeded(change);
                });
                case COMMIT_RESERVATION -> refusalFails(() -> {
                    String status = inventory.commit(state.customerId(), state.reservationId());
                    return "COMMITTED".equals(status) ? new StepResult.Succeeded(change) : new StepResult.Failed(Failure.unavailable("inventory"));
                });
                case CAPTURE_PAYMENT -> capture(state, change);
                case CONFIRM_ORDER -> confirm(state, change);
                case EMPTY_CART -> {
                    carts.takeOut(state.customerId(), state.orderId(), state.priced().lines().stream()
                            .map(line -> new CustomerCart.Line(line.sku(), line.productId(), line.name(), line.quantity(), null)).toList());
                    yield new StepResult.Succeeded(change);
                }
            };
        } catch (DownstreamUnavailableException e) {
            return new StepResult.Unavailable(e.service());
        }
    }

    private StepResult priceCart(CheckoutState state, Checkouts.Change change) {
        SagaRequest request = state.request();
        QuoteRequest asQuote = new QuoteRequest(request.shippingAddress(), null, request.shippingMethod(), request.currency());
        CustomerCart cart = carts.cartOf(state.customerId());
        Quote quote;
        try {
            Destination destination = Quotes.checked(asQuote);
            quote = quotes.price(cart, destination, asQuote);
        } catch (ApiException e) {
            return new StepResult.Failed(Failure.of(e));
        }
        List<Map<String, Object>> changed = new ArrayList<>();
        if (cart.currency().equals(request.currency())) {
            for (CustomerCart.Line line : cart.lines()) {
                Quote.Line priced = quote.lines().stream().filter(l -> l.sku().equals(line.sku())).findFirst().orElseThrow();
                if (line.unitPrice() != null && line.unitPrice().amount().compareTo(priced.unitPrice().amount()) != 0) {
                    Map<String, Object> member = new LinkedHashMap<>();
                    member.put("sku", line.sku());
                    member.put("cartPrice", line.unitPrice());
                    member.put("currentPrice", priced.unitPrice());
                    changed.add(member);
                }
            }
        }
        if (!changed.isEmpty()) {
            return new StepResult.Failed(new Failure(409, "PRICE_CHANGED", "Prices changed since these lines went into the cart; "
                    + "review the cart (it shows the current prices) and check out again", Map.of("lines", changed)));
        }
        return new StepResult.Succeeded(change.priced(quote));
    }

    private StepResult reserve(CheckoutState state, Checkouts.Change change) {
        List<InventoryClient.Line> lines = state.priced().lines().stream().map(line -> new InventoryClient.Line(line.sku(), line.quantity())).toList();
        try {
            String status = inventory.reserve(state.customerId(), state.reservationId(), lines, saga.reservationTtl().toSeconds());
            return "RESERVED".equals(status) || "COMMITTED".equals(status)
                    ? new StepResult.Succeeded(change) : new StepResult.Failed(Failure.unavailable("inventory"));
        } catch (InternalApi.Refused e) {
            if ("INSUFFICIENT_STOCK".equals(e.code())) {
                Map<String, Object> members = new LinkedHashMap<>();
                members.put("shortages", e.problem().path("shortages"));
                return new StepResult.Failed(new Failure(409, "INSUFFICIENT_STOCK",
                        e.problem().path("detail").asString("Not enough units are available"), members));
            }
            return refusedUnexpectedly(e);
        }
    }

    private StepResult authorize(CheckoutState state, Checkouts.Change change, @Nullable CardDetails card) {
        SagaRequest request = state.request();
        PaymentClient.Payment payment;
        try {
            if (card != null || request.paymentToken() != null) {
                payment = payments.authorize(state.customerId(), state.paymentId(), state.id().toString(), state.priced().total(),
                        card == null ? null : new PaymentClient.Card(card.number(), card.expMonth(), card.expYear(), card.cvc()),
                        request.paymentToken(), saga.returnUrl().replace("{checkoutId}", state.id().toString()));
            } else {
                // resumed after a crash: the card was only in the lost runner's memory; the payment may exist already
                payment = payments.get(state.customerId(), state.paymentId());
            }
        } catch (InternalApi.Refused e) {
            if (e.status() == 404) {
                return new StepResult.Failed(new Failure(503, "SERVICE_UNAVAILABLE",
                        "The checkout was interrupted before the card was charged; nothing was charged and nothing is held: try again", Map.of()));
            }
            if (e.status() == 400) {
                return new StepResult.Failed(new Failure(400, "VALIDATION_FAILED", e.problem().path("detail").asString("The card was refused"),
                        Map.of()));
            }
            return refusedUnexpectedly(e);
        }
        return afterAuthorization(payment, change);
    }

    /** What an authorization's status means; also for a payment the customer confirmed (or not) later. */
    StepResult afterAuthorization(PaymentClient.Payment payment, Checkouts.Change change) {
        PaymentSummary summary = new PaymentSummary(payment.status(), payment.brand(), payment.last4(), null);
        return switch (payment.status()) {
            case "AUTHORIZED" -> new StepResult.Succeeded(change.payment(summary));
            case "REQUIRES_ACTION" -> new StepResult.AwaitCustomer(new NextAction("redirect", payment.nextActionUrl()),
                    clock.instant().plus(saga.paymentConfirmationTimeout()), summary);
            case "PROCESSING" -> new StepResult.Unavailable("payment");
            default -> new StepResult.Failed(Failure.declined(payment.declineCode() == null ? "card_declined" : payment.declineCode()));
        };
    }

    private StepResult capture(CheckoutState state, Checkouts.Change change) {
        try {
            PaymentClient.Payment captured = payments.capture(state.customerId(), state.paymentId(), state.priced().total(), state.orderId());
            if (!"CAPTURED".equals(captured.status())) {
                return new StepResult.Failed(Failure.declined(captured.declineCode() == null ? "capture_refused" : captured.declineCode()));
            }
            return new StepResult.Succeeded(change.payment(new PaymentSummary(captured.status(), captured.brand(), captured.last4(),
                    captured.capturedAmount())));
        } catch (InternalApi.Refused e) {
            log.warn("Payment refused to capture payment {} of checkout {}: {}", state.paymentId(), state.id(), e.code());
            return new StepResult.Failed(Failure.declined("capture_refused"));
        }
    }

    private StepResult confirm(CheckoutState state, Checkouts.Change change) {
        try {
            return new StepResult.Succeeded(change.result(orders.confirm(state)));
        } catch (InternalApi.Refused e) {
            log.warn("Order refused to confirm order {} of checkout {}: {}", state.orderId(), state.id(), e.code());
            return new StepResult.Failed(new Failure(409, "ORDER_CANCELLED",
                    "The order was cancelled before its payment went through; the payment is refunded", Map.of()));
        }
    }

    private StepResult refusalFails(Supplier<StepResult> call) {
        try {
            return call.get();
        } catch (InternalApi.Refused e) {
            return refusedUnexpectedly(e);
        }
    }

    /** A refusal checkout's requests should never meet (a bug or a set-up fault): the checkout fails as unavailable. */
    private static StepResult refusedUnexpectedly(InternalApi.Refused e) {
        log.error("Unexpected refusal in the place-order saga: {} {}", e.getMessage(), e.problem().path("detail").asString(""));
        return new StepResult.Failed(Failure.unavailable("checkout"));
    }
}
