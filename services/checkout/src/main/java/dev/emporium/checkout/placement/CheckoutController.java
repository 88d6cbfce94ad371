package dev.emporium.checkout.placement;

import dev.emporium.platform.api.HeaderNames;
import dev.emporium.platform.openapi.ApiProblem;
import dev.emporium.platform.security.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Placing the signed-in customer's order, and following a checkout. */
@Tag(name = "Checkout")
@RestController
@RequestMapping("/api/v1/checkout")
class CheckoutController {

    private final CheckoutService checkouts;

    CheckoutController(CheckoutService checkouts) {
        this.checkouts = checkouts;
    }

    @Operation(operationId = "placeOrder", summary = "Place the order",
            description = "Checks the cart out, all or nothing: prices it as the quote does (409 PRICE_CHANGED when a line's price "
                    + "in the cart is not the catalog's any more), holds the stock, authorizes the card, creates the order, "
                    + "commits the stock, captures the payment, confirms the order and takes the ordered units out of the cart. "
                    + "Any failure undoes what was done (the payment voided or refunded, the stock released, the order cancelled) "
                    + "and leaves the cart as it was. A card that needs the customer answers 202 with `nextAction`; the checkout "
                    + "completes once they confirm, or fails when they do not in time. The same `Idempotency-Key` with the same "
                    + "body answers the first checkout's result (409 CHECKOUT_IN_PROGRESS while it runs); never a second order.")
    @ApiResponse(responseCode = "201", description = "The order, CONFIRMED and paid. `Location` is the order.",
            content = @Content(schema = @Schema(type = "object", description = "The order, as `GET /api/v1/orders/{id}` shows it.")))
    @ApiResponse(responseCode = "202", description = "The checkout goes on; follow it at `Location`.",
            content = @Content(schema = @Schema(implementation = PendingCheckout.class)))
    @ApiProblem(status = 400, codes = "VALIDATION_FAILED", when = "the body or the `Idempotency-Key` header is missing or invalid")
    @ApiProblem(status = 402, codes = "PAYMENT_DECLINED", when = "the card was declined (`declineCode`); nothing was charged or held")
    @ApiProblem(status = 409, codes = { "INSUFFICIENT_STOCK", "CART_EMPTY", "PRICE_CHANGED", "PRODUCT_UNAVAILABLE", "ORDER_CANCELLED",
            CheckoutService.CHECKOUT_IN_PROGRESS },
            when = "too few units (`shortages`), an empty cart, prices changed (`lines`), a product not for sale (`skus`), the order "
                    + "cancelled meanwhile (refunded), or this key's checkout still running")
    @ApiProblem(status = 422, codes = "IDEMPOTENCY_KEY_REUSED", when = "the key was used for another checkout")
    @ApiProblem(status = 503, codes = "SERVICE_UNAVAILABLE", when = "a service checkout needs did not answer; nothing was charged or held")
    @PostMapping
    ResponseEntity<?> place(@AuthenticationPrincipal Jwt token,
            @Parameter(description = "A new UUID per order; the same one to retry it.", example = "9b2f0f4e-2f4b-4a49-9d43-0c9f0d4b8a11")
            @RequestHeader(value = HeaderNames.IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            @Valid @RequestBody PlaceOrderRequest request) {
        return checkouts.place(AuthenticatedUser.from(token).id(), idempotencyKey, request);
    }

    @Operation(operationId = "getCheckout", summary = "Follow a checkout",
            description = "Where one of the customer's checkouts stands. Another customer's checkout is not found.")
    @ApiResponse(responseCode = "200", description = "The checkout.")
    @ApiProblem(status = 404, codes = "NOT_FOUND", when = "no checkout of the customer has this id")
    @GetMapping("/{checkoutId:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}")
    CheckoutView get(@AuthenticationPrincipal Jwt token, @Parameter(description = "The checkout's id.") @PathVariable UUID checkoutId) {
        return checkouts.view(AuthenticatedUser.from(token).id(), checkoutId);
    }
}
