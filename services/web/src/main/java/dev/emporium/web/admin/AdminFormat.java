package dev.emporium.web.admin;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Times as the admin pages write them ({@code ${@adminFormat.when(order.createdAt)}}): UTC, to the minute, in every language. */
@Component("adminFormat")
public class AdminFormat {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public String when(@Nullable Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }
}
