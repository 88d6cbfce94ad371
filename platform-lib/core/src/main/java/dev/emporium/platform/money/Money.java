package dev.emporium.platform.money;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount of a currency, always with that currency's minor digits: {@code {"amount": "19.99", "currency": "USD"}}.
 * The amount travels as a decimal string so no client parses it into a binary floating point number.
 */
@Schema(description = "An exact amount of money: the amount is a decimal string with the currency's minor digits.",
        example = "{\"amount\": \"19.99\", \"currency\": \"USD\"}")
public record Money(
        @Schema(type = "string", pattern = "^-?[0-9]+(\\.[0-9]+)?$", example = "19.99",
                description = "Decimal string with the currency's minor digits") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        @Schema(example = "USD", pattern = "^[A-Z]{3}$", description = "ISO 4217 currency code") String currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        amount = amount.setScale(Currencies.minorDigits(currency), RoundingMode.UNNECESSARY);
    }

    /** Rounds to the currency's minor digits half-up (the rounding used for every derived price). */
    public static Money rounded(BigDecimal amount, String currency) {
        return new Money(amount.setScale(Currencies.minorDigits(currency), RoundingMode.HALF_UP), currency);
    }

    public boolean isLessThan(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot compare " + currency + " with " + other.currency);
        }
        return amount.compareTo(other.amount) < 0;
    }
}
