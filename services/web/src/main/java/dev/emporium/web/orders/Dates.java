package dev.emporium.web.orders;

import dev.emporium.web.StorefrontProperties;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times as the shopper's language writes them ({@code Nov 23, 2026, 10:15 AM}, {@code 23.11.2026, 10:15}),
 * in the storefront's zone ({@code time-zone}, UTC unless configured): {@code ${@dates.dateTime(at)}}.
 */
@Component("dates")
public class Dates {

    private final StorefrontProperties properties;

    Dates(StorefrontProperties properties) {
        this.properties = properties;
    }

    public String dateTime(@Nullable Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale()).withZone(properties.timeZone()).format(at);
    }

    public String date(@Nullable Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(LocaleContextHolder.getLocale()).withZone(properties.timeZone()).format(at);
    }

    /** The zone the times are in, for the page to say. */
    public String zone() {
        return properties.timeZone().getId();
    }
}
