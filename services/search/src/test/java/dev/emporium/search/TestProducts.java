package dev.emporium.search;

import dev.emporium.contracts.catalog.ProductChangedV1;
import dev.emporium.contracts.catalog.ProductChangedV1.CategoryRef;
import dev.emporium.contracts.catalog.ProductChangedV1.Price;
import dev.emporium.contracts.catalog.ProductChangedV1.Variant;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Product states as the catalog publishes them, with sensible defaults. */
public final class TestProducts {

    private static final AtomicLong CLOCK = new AtomicLong(Instant.parse("2026-01-01T00:00:00Z").getEpochSecond());

    private TestProducts() {
    }

    public static Builder product(String name) {
        return new Builder(name);
    }

    /** A category with a fresh id: filtering by it isolates one test's products from the others'. */
    public static CategoryRef category(String slug, String name) {
        return new CategoryRef(UUID.randomUUID(), slug + "-" + UUID.randomUUID().toString().substring(0, 8), name);
    }

    public static Price usd(String amount) {
        return new Price(new BigDecimal(amount), "USD");
    }

    public static Price eur(String amount) {
        return new Price(new BigDecimal(amount), "EUR");
    }

    public static Price gbp(String amount) {
        return new Price(new BigDecimal(amount), "GBP");
    }

    public static final class Builder {
        private UUID id = UUID.randomUUID();
        private String name;
        private String description = "";
        private String brand = "Acme";
        private List<CategoryRef> path = List.of();
        private String status = "ACTIVE";
        private long version = 1;
        private Instant createdAt = Instant.ofEpochSecond(CLOCK.incrementAndGet());
        private final List<Variant> variants = new ArrayList<>();
        private List<String> images = List.of();

        private Builder(String name) {
            this.name = name;
        }

        public Builder id(UUID id) {
            this.id = id;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder brand(String brand) {
            this.brand = brand;
            return this;
        }

        /** Root first, leaf last. */
        public Builder categories(CategoryRef... path) {
            this.path = List.of(path);
            return this;
        }

        public Builder status(String status) {
            this.status = status;
            return this;
        }

        public Builder version(long version) {
            this.version = version;
            return this;
        }

        public Builder createdAt(Instant createdAt) {
            this.createdAt = createdAt.truncatedTo(ChronoUnit.MILLIS);
            return this;
        }

        /** One variant with these prices. */
        public Builder variant(Price... prices) {
            variants.add(new Variant(name.toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + variants.size(),
                    Map.of("size", "M"), List.of(prices)));
            return this;
        }

        /** One variant priced the same number in USD, EUR and GBP. */
        public Builder price(String amount) {
            return variant(usd(amount), eur(amount), gbp(amount));
        }

        public Builder images(String... urls) {
            this.images = List.of(urls);
            return this;
        }

        public ProductChangedV1 build() {
            List<Variant> all = variants.isEmpty() ? List.of(new Variant(id + "-0", Map.of(), List.of(usd("10.00"), eur("9.00"),
                    gbp("8.00")))) : List.copyOf(variants);
            String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-" + id.toString().substring(0, 8);
            return new ProductChangedV1(id, slug, name, description, brand, path.isEmpty() ? null : path.getLast().id(), path,
                    Map.of(), images, status, 250, all, version, createdAt, createdAt);
        }
    }
}
