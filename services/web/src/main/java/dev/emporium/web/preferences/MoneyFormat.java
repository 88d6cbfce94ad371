package dev.emporium.web.preferences;

import dev.emporium.platform.money.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Amounts as the shopper's language writes them: {@code $1,234.50} and {@code €18.39} in English,
 * {@code 1.234,50 $} and {@code 18,39 €} in German (the currency stays the one the amount is in; only the
 * notation follows the language). Templates call {@code ${@money.format(price)}}.
 */
@Component("money")
public class MoneyFormat {

    /** In the language of the request being rendered; an empty string for no amount. */
    public String format(@Nullable Money money) {
        return money == null ? "" : format(money, LocaleContextHolder.getLocale());
    }

    /** An amount given as a decimal string (a price range's bound); an empty string for nonsense. */
    public String format(@Nullable String amount, String currency) {
        if (amount == null) {
            return "";
        }
        try {
            return format(Money.rounded(new BigDecimal(amount), currency), LocaleContextHolder.getLocale());
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    public static String format(Money money, Locale locale) {
        Currency currency = Currency.getInstance(money.currency());
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return format.format(money.amount());
    }
}
