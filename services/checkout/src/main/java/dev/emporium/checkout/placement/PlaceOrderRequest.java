package dev.emporium.checkout.placement;

import dev.emporium.checkout.address.ShippingAddress;
import dev.emporium.checkout.quote.QuoteRequest;
import dev.emporium.checkout.shipping.ShippingMethod;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Place the order: the quote's fields and how to pay. */
@Schema(description = "Where the cart ships, how fast, in which currency it is charged, and the card (or a payment token).")
public record PlaceOrderRequest(
        @Schema(description = "The address to ship to.") @Valid @Nullable ShippingAddress shippingAddress,
        @Schema(description = "Not served yet (as for the quote): send `shippingAddress`.", types = { "string", "null" })
        @Nullable UUID addressId,
        @Schema(description = "STANDARD or EXPRESS.", example = "STANDARD") @NotNull ShippingMethod shippingMethod,
        @Schema(description = "The currency charged: USD, EUR or GBP.", example = "EUR")
        @NotNull @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 code such as USD") String currency,
        @Schema(description = "The card, or a provider token of a card tokenized before.") @NotNull @Valid Payment payment) {

    QuoteRequest quote() {
        return new QuoteRequest(shippingAddress, addressId, shippingMethod, currency);
    }

    @Schema(name = "CheckoutPayment", description = "Either the card's four fields or `paymentToken`. The card number is passed to "
            + "payment once, which tokenizes it; checkout never stores or logs it.")
    public record Payment(
            @Schema(description = "12 to 19 digits.", example = "4242424242424242")
            @Nullable @Pattern(regexp = "^[0-9]{12,19}$", message = "must be 12 to 19 digits") String cardNumber,
            @Schema(example = "12") @Nullable @Min(1) @Max(12) Integer expMonth,
            @Schema(example = "2030") @Nullable @Min(2000) @Max(2100) Integer expYear,
            @Schema(description = "3 or 4 digits.", example = "123")
            @Nullable @Pattern(regexp = "^[0-9]{3,4}$", message = "must be 3 or 4 digits") String cvc,
            @Schema(description = "A provider token instead of the card.", example = "tok_4f1c2e3d5b6a798001a2b3c4")
            @Nullable @Size(min = 1, max = 100) @Pattern(regexp = "^[A-Za-z0-9_-]+$", message = "may contain letters, digits, _ and -")
            String paymentToken) {

        @Override
        public String toString() {
            return "Payment[card=" + (cardNumber == null ? "none" : "****") + ", paymentToken=" + (paymentToken == null ? "none" : "set") + "]";
        }
    }
}
