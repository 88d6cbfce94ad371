package dev.emporium.order.order;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the order endpoints take. Amounts are checked further (exactness, currency, sums) by {@link OrderChecks}. */
public final class OrderRequests {

    private OrderRequests() {
    }

    @Schema(description = "An exact amount: `{\"amount\": \"19.99\", \"currency\": \"USD\"}`.")
    public record MoneyInput(
            @Schema(types = { "string", "number" }, description = "A decimal string with at most the currency's minor digits, 0 to 10000000.",
                    example = "19.99")
            @NotNull @DecimalMin(value = "0.00", message = "must not be negative") @DecimalMax("10000000.00")
            @Digits(integer = 8, fraction = 4) BigDecimal amount,
            @Schema(description = "USD, EUR or GBP; the order's currency.", example = "USD")
            @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") String currency) {
    }

    @Schema(description = "A PENDING order for a checkout, with everything it was priced at.")
    public record CreateOrder(
            @Schema(description = "The order's id, chosen by checkout: sending it again with the same order is a safe retry.",
                    example = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d") @NotNull UUID orderId,
            @Schema(description = "The checkout that placed it.", example = "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f") @NotNull UUID checkoutId,
            @Schema(description = "The customer's user id.", example = "c16f4237-c3c1-4302-8ab9-cad9c15c7dc6") @NotNull UUID customerId,
            @Schema(description = "1 to 100 lines.") @NotEmpty @Size(max = 100) List<@NotNull @Valid LineInput> lines,
            @Schema(description = "Sum of the line totals.") @NotNull @Valid MoneyInput subtotal,
            @Schema(description = "Shipping charged.") @NotNull @Valid MoneyInput shipping,
            @Schema(description = "Tax charged.") @NotNull @Valid MoneyInput tax,
            @Schema(description = "subtotal + shipping + tax.") @NotNull @Valid MoneyInput total,
            @Schema(description = "The order's currency (USD, EUR or GBP); every amount is in it.", example = "USD")
            @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") String currency,
            @Schema(description = "Where it ships.") @NotNull @Valid Address shippingAddress,
            @Schema(description = "STANDARD or EXPRESS.", example = "STANDARD") @NotNull ShippingMethod shippingMethod,
            @Schema(description = "The payment authorized for it.") @NotNull @Valid PaymentInput payment,
            @Schema(description = "The inventory reservation holding its units.", example = "6b1e9c1a-3f0d-4a5e-8f7b-1c2d3e4f5a6b")
            @Nullable UUID reservationId) {
    }

    public enum ShippingMethod {
        STANDARD, EXPRESS
    }

    @Schema(description = "Units of one SKU at the price the customer pays.")
    public record LineInput(
            @Schema(description = "The product.", example = "38a2eba0-81c6-429b-88c8-ecc39d4a3cb1") @NotNull UUID productId,
            @Schema(description = "The SKU.", example = "AURORA-TEE-M") @NotBlank @Size(max = 64) String sku,
            @Schema(description = "The product's name as the customer saw it.", example = "Aurora tee, M") @NotBlank @Size(max = 200) String name,
            @Schema(description = "Units, 1 to 10000.", example = "2") @NotNull @Min(1) @Max(10000) Integer quantity,
            @Schema(description = "Price per unit.") @NotNull @Valid MoneyInput unitPrice,
            @Schema(description = "unitPrice × quantity.") @NotNull @Valid MoneyInput lineTotal) {
    }

    @Schema(description = "A postal address.")
    public record Address(
            @Schema(example = "Ada King") @NotBlank @Size(max = 200) String fullName,
            @Schema(example = "12 Queen Street") @NotBlank @Size(max = 200) String line1,
            @Schema(example = "Flat 3") @Nullable @Size(max = 200) String line2,
            @Schema(example = "London") @NotBlank @Size(max = 100) String city,
            @Schema(example = "W1 4AB") @NotBlank @Size(max = 20) String postalCode,
            @Schema(example = "Greater London") @Nullable @Size(max = 100) String region,
            @Schema(description = "ISO 3166-1 alpha-2.", example = "GB")
            @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as GB") String country,
            @Schema(example = "+44 20 7946 0000") @Nullable @Size(max = 40) String phone) {
    }

    @Schema(description = "The payment behind an order, as payment reported it; never a card number.")
    public record PaymentInput(
            @Schema(description = "Payment's id of it (refunds name it).", example = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a") @NotNull UUID paymentId,
            @Schema(description = "Its status at payment.", example = "AUTHORIZED") @NotBlank @Size(max = 32) String status,
            @Schema(description = "The card's brand.", example = "visa") @Nullable @Size(max = 32) String brand,
            @Schema(description = "The card number's last four digits.", example = "4242")
            @Nullable @Pattern(regexp = "[0-9]{4}", message = "must be four digits") String last4) {
    }

    @Schema(description = "The payment was captured: the order is confirmed.")
    public record ConfirmOrder(@Schema(description = "The payment as captured.") @NotNull @Valid CapturedPayment payment) {
    }

    @Schema(description = "A captured payment.")
    public record CapturedPayment(
            @Schema(description = "Its status at payment.", example = "CAPTURED") @NotBlank @Size(max = 32) String status,
            @Schema(description = "What was captured: at most the order's total, in its currency.") @NotNull @Valid MoneyInput capturedAmount) {
    }

    @Schema(description = "Why checkout cancels the order.")
    public record CancelOrder(
            @Schema(description = "The reason, for the history.", example = "PAYMENT_DECLINED") @NotBlank @Size(max = 200) String reason) {
    }

    @Schema(description = "How an order ships.")
    public record ShipOrder(
            @Schema(description = "The carrier (the built-in one is `EMPORIUM_POST`).", example = "EMPORIUM_POST")
            @NotBlank @Size(max = 40) String carrier) {
    }

    @Schema(description = "A refund of an order; without an amount, everything captured and not refunded yet.")
    public record RefundOrder(
            @Schema(description = "How much, in the order's currency; at most what was captured minus what was refunded.")
            @Nullable @Valid MoneyInput amount) {
    }
}
