package dev.emporium.platform.money;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount of a currency, always with that currency's minor digits: {@code {"amount": "19.99", "currency": "USD"}}.
 * The amount travels as a decimal string so no client parses it into a binary floating point number.
 */
public record Money(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency) {

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
