package dev.emporium.web.address;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The countries an address may name (ISO 3166-1 alpha-2), by their names in the shopper's language: {@code ${@countries.all()}}. */
@Component("countries")
public class Countries {

    public record Country(String code, String name) {
    }

    public List<Country> all() {
        Locale locale = LocaleContextHolder.getLocale();
        Collator collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new Country(code, Locale.of("", code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(Country::name, collator))
                .toList();
    }

    public String name(String code) {
        return code == null || code.isBlank() ? "" : Locale.of("", code).getDisplayCountry(LocaleContextHolder.getLocale());
    }
}
