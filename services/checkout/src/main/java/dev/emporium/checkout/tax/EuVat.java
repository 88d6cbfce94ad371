package dev.emporium.checkout.tax;

import dev.emporium.checkout.address.Destination;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The standard VAT rate of each EU member state, in percent, as in force on 1 August 2025 (European Commission,
 * "VAT rates applied in the Member States of the European Union"; changes in 2025: Slovakia 23 % from 1 January,
 * Estonia 24 % from 1 July, Romania 21 % from 1 August). Only standard rates: no reduced rates for any kind of goods,
 * no territories outside the EU VAT area (Canary Islands, Åland, Mount Athos...), no B2B reverse charge. The shop
 * charges the destination's rate on every sale (as an OSS-registered distance seller does).
 */
final class EuVat {

    static final Map<String, BigDecimal> STANDARD_RATES = Map.ofEntries(
            Map.entry("AT", new BigDecimal("20")), Map.entry("BE", new BigDecimal("21")), Map.entry("BG", new BigDecimal("20")),
            Map.entry("HR", new BigDecimal("25")), Map.entry("CY", new BigDecimal("19")), Map.entry("CZ", new BigDecimal("21")),
            Map.entry("DK", new BigDecimal("25")), Map.entry("EE", new BigDecimal("24")), Map.entry("FI", new BigDecimal("25.5")),
            Map.entry("FR", new BigDecimal("20")), Map.entry("DE", new BigDecimal("19")), Map.entry("GR", new BigDecimal("24")),
            Map.entry("HU", new BigDecimal("27")), Map.entry("IE", new BigDecimal("23")), Map.entry("IT", new BigDecimal("22")),
            Map.entry("LV", new BigDecimal("21")), Map.entry("LT", new BigDecimal("21")), Map.entry("LU", new BigDecimal("17")),
            Map.entry("MT", new BigDecimal("18")), Map.entry("NL", new BigDecimal("21")), Map.entry("PL", new BigDecimal("23")),
            Map.entry("PT", new BigDecimal("23")), Map.entry("RO", new BigDecimal("21")), Map.entry("SK", new BigDecimal("23")),
            Map.entry("SI", new BigDecimal("22")), Map.entry("ES", new BigDecimal("21")), Map.entry("SE", new BigDecimal("25")));

    static {
        if (!STANDARD_RATES.keySet().equals(Destination.EU_MEMBERS)) {
            throw new IllegalStateException("The VAT table and Destination.EU_MEMBERS disagree on the member states: "
                    + STANDARD_RATES.keySet().stream().sorted().collect(Collectors.joining(",")));
        }
    }

    private EuVat() {
    }

    static Optional<BigDecimal> rate(String country) {
        return Optional.ofNullable(STANDARD_RATES.get(country));
    }
}
