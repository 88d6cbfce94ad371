package dev.emporium.checkout.quote;

import dev.emporium.checkout.CheckoutProperties;
import dev.emporium.checkout.address.Destination;
import dev.emporium.checkout.catalog.SkuOffer;
import dev.emporium.checkout.shipping.ShippingMethod;
import dev.emporium.checkout.shipping.ShippingRates;
import dev.emporium.checkout.shipping.ShippingZone;
import dev.emporium.checkout.tax.TaxRule;
import dev.emporium.platform.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The arithmetic of a quote, exact in the currency: line totals, subtotal, shipping by zone, method and weight,
 * tax by destination, total. Pure: the same lines and offers give the same quote (the saga prices with it too).
 */
@Component
public class QuoteCalculator {

    private final long defaultItemWeightGrams;

    QuoteCalculator(CheckoutProperties properties) {
        this.defaultItemWeightGrams = properties.shipping().defaultItemWeightGrams();
    }

    /** A cart line with the offer it is priced from (for sale in the currency). */
    public record Priced(SkuOffer offer, int quantity) {
    }

    public Quote quote(List<Priced> items, Destination destination, ShippingMethod method, String currency) {
        List<Quote.Line> lines = new ArrayList<>();
        BigDecimal subtotal = BigDecimal.ZERO;
        long grams = 0;
        for (Priced item : items) {
            Money unit = new Money(item.offer().price(), currency);
            Money lineTotal = new Money(unit.amount().multiply(BigDecimal.valueOf(item.quantity())), currency);
            lines.add(new Quote.Line(item.offer().sku(), item.offer().productId(), item.offer().name(), item.quantity(), unit, lineTotal));
            subtotal = subtotal.add(lineTotal.amount());
            grams += item.quantity() * (long) item.offer().weight().orElse((int) defaultItemWeightGrams);
        }
        Money goods = new Money(subtotal, currency);
        Money discount = new Money(BigDecimal.ZERO, currency);
        ShippingZone zone = ShippingZone.of(destination);
        Money shipping = ShippingRates.price(zone, method, grams, currency);
        TaxRule rule = TaxRule.of(destination);
        Money tax = rule.tax(goods, shipping);
        Money total = new Money(goods.amount().subtract(discount.amount()).add(shipping.amount()).add(tax.amount()), currency);
        return new Quote(lines, goods, shipping, tax, discount, total, currency, method, zone, grams,
                rule.ratePercent().stripTrailingZeros().toPlainString(), rule.jurisdiction());
    }
}
