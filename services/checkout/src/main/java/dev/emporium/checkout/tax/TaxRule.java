package dev.emporium.checkout.tax;

import dev.emporium.checkout.address.Destination;
import dev.emporium.platform.money.Money;
import java.math.BigDecimal;

/**
 * The tax a destination pays: a rate in percent of the goods (after discounts) and, where the rule says so, of the
 * shipping. Rounded once, on the total, half up to the currency's minor digits.
 *
 * @param ratePercent    e.g. 19 for 19 %
 * @param taxesShipping  whether shipping is taxed too (EU VAT: yes, it follows the goods; US sales tax: no)
 * @param jurisdiction   what levies it: {@code DE}, {@code US-CA}, or {@code NONE}
 */
public record TaxRule(BigDecimal ratePercent, boolean taxesShipping, String jurisdiction) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final TaxRule NONE = new TaxRule(BigDecimal.ZERO, false, "NONE");

    /** EU VAT at the member state's standard rate, US sales tax at the state's base rate, none elsewhere. */
    public static TaxRule of(Destination destination) {
        if (destination.state() != null) {
            return UsSalesTax.rate(destination.state()).map(rate -> new TaxRule(rate, false, "US-" + destination.state()))
                    .orElseThrow(() -> new IllegalArgumentException("No US state " + destination.state()));
        }
        return EuVat.rate(destination.country()).map(rate -> new TaxRule(rate, true, destination.country())).orElse(NONE);
    }

    /** @param goods the lines' total after discounts, @param shipping in the same currency */
    public Money tax(Money goods, Money shipping) {
        BigDecimal taxable = taxesShipping ? goods.amount().add(shipping.amount()) : goods.amount();
        return Money.rounded(taxable.multiply(ratePercent).divide(HUNDRED), goods.currency());
    }
}
