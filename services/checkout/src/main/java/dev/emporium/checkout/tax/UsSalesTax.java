package dev.emporium.checkout.tax;

import dev.emporium.checkout.address.Destination;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The base sales tax rate of each US state and DC, in percent, mid-2025 (Tax Foundation, "State and Local Sales Tax
 * Rates, Midyear 2025", state column: California, Utah and Virginia include their statewide local add-on). Only the
 * state's base rate: no county, city or district rates (which can add several points), no product exemptions
 * (groceries, clothing in some states), no sales-tax holidays, and economic nexus is assumed in every state. Alaska,
 * Delaware, Montana, New Hampshire and Oregon levy none. Shipping is left untaxed (states differ; most exempt
 * separately stated delivery charges).
 */
final class UsSalesTax {

    static final Map<String, BigDecimal> STATE_RATES = Map.ofEntries(
            Map.entry("AL", new BigDecimal("4")), Map.entry("AK", BigDecimal.ZERO), Map.entry("AZ", new BigDecimal("5.6")),
            Map.entry("AR", new BigDecimal("6.5")), Map.entry("CA", new BigDecimal("7.25")), Map.entry("CO", new BigDecimal("2.9")),
            Map.entry("CT", new BigDecimal("6.35")), Map.entry("DE", BigDecimal.ZERO), Map.entry("DC", new BigDecimal("6")),
            Map.entry("FL", new BigDecimal("6")), Map.entry("GA", new BigDecimal("4")), Map.entry("HI", new BigDecimal("4")),
            Map.entry("ID", new BigDecimal("6")), Map.entry("IL", new BigDecimal("6.25")), Map.entry("IN", new BigDecimal("7")),
            Map.entry("IA", new BigDecimal("6")), Map.entry("KS", new BigDecimal("6.5")), Map.entry("KY", new BigDecimal("6")),
            Map.entry("LA", new BigDecimal("5")), Map.entry("ME", new BigDecimal("5.5")), Map.entry("MD", new BigDecimal("6")),
            Map.entry("MA", new BigDecimal("6.25")), Map.entry("MI", new BigDecimal("6")), Map.entry("MN", new BigDecimal("6.875")),
            Map.entry("MS", new BigDecimal("7")), Map.entry("MO", new BigDecimal("4.225")), Map.entry("MT", BigDecimal.ZERO),
            Map.entry("NE", new BigDecimal("5.5")), Map.entry("NV", new BigDecimal("6.85")), Map.entry("NH", BigDecimal.ZERO),
            Map.entry("NJ", new BigDecimal("6.625")), Map.entry("NM", new BigDecimal("4.875")), Map.entry("NY", new BigDecimal("4")),
            Map.entry("NC", new BigDecimal("4.75")), Map.entry("ND", new BigDecimal("5")), Map.entry("OH", new BigDecimal("5.75")),
            Map.entry("OK", new BigDecimal("4.5")), Map.entry("OR", BigDecimal.ZERO), Map.entry("PA", new BigDecimal("6")),
            Map.entry("RI", new BigDecimal("7")), Map.entry("SC", new BigDecimal("6")), Map.entry("SD", new BigDecimal("4.2")),
            Map.entry("TN", new BigDecimal("7")), Map.entry("TX", new BigDecimal("6.25")), Map.entry("UT", new BigDecimal("6.1")),
            Map.entry("VT", new BigDecimal("6")), Map.entry("VA", new BigDecimal("5.3")), Map.entry("WA", new BigDecimal("6.5")),
            Map.entry("WV", new BigDecimal("6")), Map.entry("WI", new BigDecimal("5")), Map.entry("WY", new BigDecimal("4")));

    static {
        if (!STATE_RATES.keySet().equals(Destination.US_STATES)) {
            throw new IllegalStateException("The sales tax table and Destination.US_STATES disagree on the states");
        }
    }

    private UsSalesTax() {
    }

    static Optional<BigDecimal> rate(String state) {
        return Optional.ofNullable(STATE_RATES.get(state));
    }
}
