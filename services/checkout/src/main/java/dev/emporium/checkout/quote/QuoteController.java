package dev.emporium.checkout.quote;

import dev.emporium.platform.openapi.ApiProblem;
import dev.emporium.platform.security.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Quotes for the signed-in customer's cart. */
@Tag(name = "Checkout", description = "Quote the signed-in customer's cart: current catalog prices in the chosen currency, "
        + "shipping and tax to the destination.")
@RestController
@RequestMapping("/api/v1/checkout")
class QuoteController {

    private final Quotes quotes;

    QuoteController(Quotes quotes) {
        this.quotes = quotes;
    }

    @Operation(operationId = "quoteCheckout", summary = "Quote the cart",
            description = "Prices the signed-in customer's cart as checkout would charge it now: each line at the catalog's "
                    + "current price in `currency` (the prices snapshotted in the cart do not count), shipping by the "
                    + "destination's zone (US, EU, rest of the world), the method and the parcel's weight, and tax by the "
                    + "destination (EU VAT at the member state's standard rate on goods and shipping, US sales tax at the "
                    + "state's base rate on goods, none elsewhere). Nothing is reserved or kept.")
    @ApiResponse(responseCode = "200", description = "The quote.")
    @ApiProblem(status = 409, codes = Quotes.CART_EMPTY, when = "the customer's cart has no lines")
    @ApiProblem(status = 409, codes = Quotes.PRODUCT_UNAVAILABLE,
            when = "a line's product is no longer for sale or has no price in `currency`; `skus` lists them")
    @ApiProblem(status = 503, codes = "SERVICE_UNAVAILABLE", when = "cart did not answer; retry after `Retry-After` seconds")
    @PostMapping("/quote")
    Quote quote(@AuthenticationPrincipal Jwt token, @Valid @RequestBody QuoteRequest request) {
        return quotes.quote(AuthenticatedUser.from(token).id(), request);
    }
}
