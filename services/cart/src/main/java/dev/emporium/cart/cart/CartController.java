package dev.emporium.cart.cart;

import dev.emporium.platform.api.HeaderNames;
import dev.emporium.platform.money.Currencies;
import dev.emporium.platform.openapi.ApiProblem;
import dev.emporium.platform.security.AuthenticatedUser;
import dev.emporium.platform.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cart API. A signed-in caller's cart is theirs (by token); anyone else's is a guest cart addressed by
 * {@code X-Cart-Id}, issued by the first call and returned in that header and as the cart's {@code id}.
 */
@Tag(name = "Cart", description = "Guest and customer carts: add, change and remove lines, switch currency, merge a guest "
        + "cart on sign-in. Guests send the `X-Cart-Id` they were given; customers their token.")
@RestController
@RequestMapping("/api/v1/cart")
class CartController {

    static final String CART_ID_PATTERN = "^[A-Za-z0-9_-]{16,64}$";
    private static final Pattern CART_ID = Pattern.compile(CART_ID_PATTERN);
    private static final String SKU_PATTERN = "^[A-Za-z0-9._-]{1,64}$";

    private final Carts carts;
    private final CartViews views;

    CartController(Carts carts, CartViews views) {
        this.carts = carts;
        this.views = views;
    }

    @Operation(operationId = "getCart", summary = "Get the cart",
            description = "The caller's cart: a customer's by token, a guest's by `X-Cart-Id`. Without either (or with an "
                    + "expired `X-Cart-Id`) a new empty guest cart is created and its id returned. Asking for another "
                    + "currency reprices the cart from the catalog. Using a cart keeps it: guest carts expire 7 days, "
                    + "customers' 30 days after their last use.")
    @ApiResponse(responseCode = "200", description = "The cart.", headers = @Header(name = HeaderNames.CART_ID,
            description = "A guest cart's id, to send with every later cart call.", schema = @Schema(type = "string")))
    @GetMapping
    ResponseEntity<CartView> get(@AuthenticationPrincipal @Nullable Jwt token,
            @RequestHeader(name = HeaderNames.CART_ID, required = false) @Nullable String cartId,
            @RequestParam(required = false) @Nullable String currency,
            @RequestHeader(name = "Accept-Currency", required = false) @Nullable String acceptCurrency) {
        return answer(carts.view(owner(token, cartId), currency(currency, acceptCurrency)));
    }

    @Operation(operationId = "addCartItem", summary = "Add units of a SKU",
            description = "Adds units to the SKU's line (creating it), priced now in the cart's currency. The SKU must "
                    + "belong to an active product; the line may hold at most 99 units and, once inventory publishes the "
                    + "SKU's stock, no more than are available.")
    @ApiResponse(responseCode = "200", description = "The cart after the change.", headers = @Header(name = HeaderNames.CART_ID,
            description = "A guest cart's id.", schema = @Schema(type = "string")))
    @ApiProblem(status = 404, codes = "NOT_FOUND", when = "no product has this SKU")
    @ApiProblem(status = 409, codes = CartRules.PRODUCT_UNAVAILABLE, when = "the SKU's product is a draft, archived or has no price in the cart's currency")
    @ApiProblem(status = 409, codes = CartRules.INSUFFICIENT_STOCK, when = "the line would hold more than is available; `available` says how many are")
    @PostMapping("/items")
    ResponseEntity<CartView> add(@AuthenticationPrincipal @Nullable Jwt token,
            @RequestHeader(name = HeaderNames.CART_ID, required = false) @Nullable String cartId,
            @RequestParam(required = false) @Nullable String currency,
            @RequestHeader(name = "Accept-Currency", required = false) @Nullable String acceptCurrency,
            @Valid @RequestBody CartRequests.AddItem item) {
        return answer(carts.add(owner(token, cartId), currency(currency, acceptCurrency), item.sku(), item.quantity()));
    }

    @Operation(operationId = "setCartItemQuantity", summary = "Change a line's quantity",
            description = "Sets the quantity of the SKU's line (0 removes it); the line is priced again now.")
    @ApiResponse(responseCode = "200", description = "The cart after the change.")
    @ApiProblem(status = 409, codes = CartRules.PRODUCT_UNAVAILABLE, when = "the SKU's product is no longer for sale (set 0 to remove the line)")
    @ApiProblem(status = 409, codes = CartRules.INSUFFICIENT_STOCK, when = "more than is available; `available` says how many are")
    @PatchMapping("/items/{sku}")
    ResponseEntity<CartView> setQuantity(@AuthenticationPrincipal @Nullable Jwt token,
            @RequestHeader(name = HeaderNames.CART_ID, required = false) @Nullable String cartId,
            @Parameter(description = "The line's SKU.", example = "AURORA-TEE-M", schema = @Schema(pattern = SKU_PATTERN))
            @PathVariable String sku,
            @RequestParam(required = false) @Nullable String currency,
            @RequestHeader(name = "Accept-Currency", required = false) @Nullable String acceptCurrency,
            @Valid @RequestBody CartRequests.QuantityChange change) {
        return answer(carts.setQuantity(owner(token, cartId), currency(currency, acceptCurrency), sku, change.quantity()));
    }

    @Operation(operationId = "removeCartItem", summary = "Remove a line",
            description = "Removes the SKU's line; removing a line that is not there changes nothing.")
    @ApiResponse(responseCode = "200", description = "The cart after the change.")
    @DeleteMapping("/items/{sku}")
    ResponseEntity<CartView> remove(@AuthenticationPrincipal @Nullable Jwt token,
            @RequestHeader(name = HeaderNames.CART_ID, required = false) @Nullable String cartId,
            @Parameter(description = "The line's SKU.", example = "AURORA-TEE-M", schema = @Schema(pattern = SKU_PATTERN))
            @PathVariable String sku,
            @RequestParam(required = false) @Nullable String currency,
            @RequestHeader(name = "Accept-Currency", required = false) @Nullable String acceptCurrency) {
        return answer(carts.remove(owner(token, cartId), currency(currency, acceptCurrency), sku));
    }

    @Operation(operationId = "mergeCart", summary = "Merge a guest cart into the customer's",
            description = "On sign-in: moves the guest cart's lines into the customer's cart (quantities add up, capped "
                    + "at 99 per line and at what is available) and deletes the guest cart.")
    @ApiResponse(responseCode = "200", description = "The customer's cart after the merge.")
    @ApiProblem(status = 404, codes = "NOT_FOUND", when = "no guest cart has this id (expired, or merged already)")
    @PostMapping("/merge")
    ResponseEntity<CartView> merge(@AuthenticationPrincipal Jwt token,
            @RequestParam(required = false) @Nullable String currency,
            @RequestHeader(name = "Accept-Currency", required = false) @Nullable String acceptCurrency,
            @Valid @RequestBody CartRequests.Merge merge) {
        return answer(carts.merge(AuthenticatedUser.from(token).id(), merge.cartId(), currency(currency, acceptCurrency)));
    }

    private ResponseEntity<CartView> answer(Carts.Result result) {
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        if (result.guestToken() != null) {
            ok.header(HeaderNames.CART_ID, result.guestToken());
        }
        return ok.body(views.of(result));
    }

    private static CartOwner owner(@Nullable Jwt token, @Nullable String cartId) {
        if (token != null) {
            return new CartOwner.Customer(AuthenticatedUser.from(token).id());
        }
        if (cartId != null && !CART_ID.matcher(cartId).matches()) {
            throw ApiException.invalidField(HeaderNames.CART_ID, "must be a cart id as returned by the first cart call");
        }
        return new CartOwner.Guest(cartId);
    }

    /** The currency asked for, or null when none was (the cart keeps its own). */
    private static @Nullable String currency(@Nullable String parameter, @Nullable String header) {
        if ((parameter == null || parameter.isBlank()) && (header == null || header.isBlank())) {
            return null;
        }
        return Currencies.requested(parameter, header).orElseThrow(() -> ApiException.invalidField("currency",
                "must be one of " + String.join(", ", Currencies.SUPPORTED)));
    }
}
