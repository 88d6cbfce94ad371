package dev.emporium.checkout.quote;

import dev.emporium.checkout.address.ShippingAddress;
import dev.emporium.checkout.shipping.ShippingMethod;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a quote is for: where the cart ships, how, and in which currency it is priced. */
@Schema(description = "Where the cart ships (`shippingAddress`; `addressId` is not served yet), how fast, and the currency "
        + "every amount of the quote is in.")
public record QuoteRequest(
        @Schema(description = "The address to ship to.") @Valid @Nullable ShippingAddress shippingAddress,
        @Schema(description = "An address of the customer's address book. Not served yet: checkout cannot read address books "
                + "(identity has no internal API for them), so a request naming one is refused with this field; send "
                + "`shippingAddress` instead.", example = "0f8fad5b-d9cb-469f-a165-70867728950e", types = {"string", "null"})
        @Nullable UUID addressId,
        @Schema(description = "STANDARD or EXPRESS.", example = "STANDARD") @NotNull ShippingMethod shippingMethod,
        @Schema(description = "The currency of every amount: USD, EUR or GBP.", example = "EUR")
        @NotNull @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 code such as USD") String currency) {
}
