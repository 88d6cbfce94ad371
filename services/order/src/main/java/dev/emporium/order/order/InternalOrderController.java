package dev.emporium.order.order;

import dev.emporium.platform.openapi.ApiProblem;
import dev.emporium.platform.security.ServiceCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Internal, for checkout's saga (a service token with {@code order:write}); never routed by the gateway. */
@Tag(name = "Orders (internal)", description = "Service to service, for checkout: create a PENDING order, confirm it once the payment "
        + "is captured, cancel it to compensate a failed checkout. Never routed by the gateway.")
@RestController
@RequestMapping("/internal/orders")
class InternalOrderController {

    private static final String ORDER_ID = "The order's id (checkout's).";

    private final OrderService orders;
    private final OrderViews views;

    InternalOrderController(OrderService orders, OrderViews views) {
        this.orders = orders;
        this.views = views;
    }

    @Operation(operationId = "createOrder", summary = "Create a pending order",
            description = "Stores the order as checkout priced it (every amount exact and in the order's currency; line totals, "
                    + "subtotal and total must add up) with status PENDING and a new number `EM-<year>-<6 digits>`, and publishes "
                    + "`emporium.order.placed.v1`. The same `orderId` with the same request again answers the order (200) and "
                    + "changes nothing, also when both arrive at once.")
    @ApiResponse(responseCode = "201", description = "The order was created.")
    @ApiResponse(responseCode = "200", description = "The order existed already (a retry).")
    @ApiProblem(status = 409, codes = OrderService.ORDER_ID_REUSED, when = "the order id was used with another request")
    @PostMapping
    ResponseEntity<OrderView> create(@Valid @RequestBody OrderRequests.CreateOrder request, ServiceCaller caller) {
        OrderService.Created created = orders.create(request, caller.service());
        OrderView view = views.view(created.order());
        return created.isNew() ? ResponseEntity.created(URI.create("/internal/orders/" + view.id())).body(view) : ResponseEntity.ok(view);
    }

    @Operation(operationId = "getOrderInternal", summary = "Get an order", description = "The order as it is now.")
    @ApiResponse(responseCode = "200", description = "The order.")
    @GetMapping("/{orderId}")
    OrderView get(@Parameter(description = ORDER_ID) @PathVariable UUID orderId) {
        return views.of(orderId);
    }

    @Operation(operationId = "confirmOrder", summary = "Confirm an order",
            description = "The payment was captured: PENDING → CONFIRMED with the captured amount (at most the total), and "
                    + "`emporium.order.confirmed.v1`. Confirming a confirmed order answers it unchanged.")
    @ApiResponse(responseCode = "200", description = "The confirmed order.")
    @ApiProblem(status = 409, codes = OrderService.ILLEGAL_ORDER_TRANSITION, when = "the order is not PENDING (e.g. it was cancelled)")
    @PostMapping("/{orderId}/confirm")
    OrderView confirm(@Parameter(description = ORDER_ID) @PathVariable UUID orderId,
            @Valid @RequestBody OrderRequests.ConfirmOrder request, ServiceCaller caller) {
        return views.view(orders.confirm(orderId, request, caller.service()));
    }

    @Operation(operationId = "cancelOrderInternal", summary = "Cancel an order (compensation)",
            description = "Checkout compensates a failed checkout: PENDING (or CONFIRMED) → CANCELLED with the reason, and "
                    + "`emporium.order.cancelled.v1`. The order service refunds nothing here: checkout voids or refunds the payment "
                    + "it made. Cancelling a cancelled order answers it unchanged.")
    @ApiResponse(responseCode = "200", description = "The cancelled order.")
    @ApiProblem(status = 409, codes = OrderService.ORDER_NOT_CANCELLABLE, when = "the order shipped, was delivered or was refunded")
    @PostMapping("/{orderId}/cancel")
    OrderView cancel(@Parameter(description = ORDER_ID) @PathVariable UUID orderId,
            @Valid @RequestBody OrderRequests.CancelOrder request, ServiceCaller caller) {
        return views.view(orders.cancelForCheckout(orderId, request.reason().strip(), caller.service()));
    }

}
