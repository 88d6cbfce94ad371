package dev.emporium.catalog.product;

import dev.emporium.catalog.pricing.Pricing;
import dev.emporium.platform.money.Currencies;
import dev.emporium.platform.web.ApiException;
import org.springframework.stereotype.Component;

/** The currency a client asked for: {@code ?currency=} wins over {@code Accept-Currency}; the base currency otherwise. */
@Component
class RequestedCurrency {

    private final Pricing pricing;

    RequestedCurrency(Pricing pricing) {
        this.pricing = pricing;
    }

    String resolve(String parameter, String header) {
        if ((parameter == null || parameter.isBlank()) && (header == null || header.isBlank())) {
            return pricing.baseCurrency();
        }
        return Currencies.requested(parameter, header).orElseThrow(() -> ApiException.invalidField("currency",
                "must be one of " + String.join(", ", Currencies.SUPPORTED)));
    }
}
