package dev.emporium.cart.cart;

import dev.emporium.platform.api.ProblemCodes;
import dev.emporium.platform.openapi.ApiProblem;
import dev.emporium.platform.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Internal, for checkout (a service token with {@code cart:checkout}; never routed by the gateway): a customer's cart
 * to build the order from, and taking the ordered units out once the order is confirmed.
 */
@Tag(name = "Carts (internal)", description = "Service to service, for checkout: read a customer's cart, and take an order's "
        + "units out of it once the order is confirmed. Never routed by the gateway.")
@RestController
@RequestMapping("/internal/carts/customers/{customerId}")
class InternalCartController {

    private final Carts carts;
    private final CartCheckouts checkouts;
    private final CartViews views;

    InternalCartController(Carts carts, CartCheckouts checkouts, CartViews views) {
        this.carts = carts;
        this.checkouts = checkouts;
        this.views = views;
    }

    @Operation(operationId = "getCustomerCart", summary = "Get a customer's cart",
            description = "The customer's cart in its own currency, with the prices snapshotted on its lines and the flags "
                    + "saying what changed since (unavailable, price changed, insufficient stock). A customer without a cart "
                    + "has an empty one (not kept). Reading keeps the cart alive, as the customer's own reads do.")
    @ApiResponse(responseCode = "200", description = "The cart; empty when the customer has none.")
    @ApiProblem(status = 503, codes = ProblemCodes.SERVICE_UNAVAILABLE, when = "Redis is unreachable; retry after `Retry-After` seconds")
    @GetMapping
    CartView get(@Parameter(description = "The customer's user id.") @PathVariable UUID customerId) {
        return views.of(carts.view(new CartOwner.Customer(customerId), null));
    }

    @Operation(operationId = "checkOutCustomerCart", summary = "Take an order's units out of a customer's cart",
            description = "Once the order is confirmed: removes the ordered units of each SKU from the customer's cart (units "
                    + "added meanwhile stay; a line left with none goes) and publishes `emporium.cart.checked-out.v1` with the "
                    + "order's id. Once per order: the same `orderId` again (a retry) changes nothing and answers the cart as "
                    + "it is.")
    @ApiResponse(responseCode = "200", description = "The cart after the change (or as it is, for an order taken out already).")
    @ApiProblem(status = 503, codes = ProblemCodes.SERVICE_UNAVAILABLE,
            when = "Redis is unreachable, or the cart kept changing under too many requests at once; retry after `Retry-After` seconds")
    @PostMapping("/checkout")
    CartView checkOut(@Parameter(description = "The customer's user id.") @PathVariable UUID customerId,
            @Valid @RequestBody CartRequests.Checkout checkout) {
        Map<String, Integer> ordered = new LinkedHashMap<>();
        for (int i = 0; i < checkout.lines().size(); i++) {
            CartRequests.OrderedUnits line = checkout.lines().get(i);
            if (ordered.putIfAbsent(line.sku(), line.quantity()) != null) {
                throw ApiException.invalidField("lines[" + i + "].sku", "appears in more than one line");
            }
        }
        return views.of(checkouts.checkOut(customerId, checkout.orderId(), ordered));
    }
}
