package dev.emporium.catalog.product;

import dev.emporium.catalog.Slugs;
import dev.emporium.catalog.category.CategoryChanged;
import dev.emporium.contracts.Topics;
import dev.emporium.platform.events.EventPublisher;
import dev.emporium.platform.web.ApiException;
import dev.emporium.platform.web.JsonInput;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Admin changes to products. Every change bumps the version (a stale version is refused with 412) and publishes
 * the product's full state to {@code catalog.products} in the same transaction.
 */
@Service
public class ProductService {

    private final Products products;
    private final ProductValidation validation;
    private final ProductMapper mapper;
    private final EventPublisher events;
    private final ProductCache cache;
    private final JsonMapper json;
    private final Clock clock;

    ProductService(Products products, ProductValidation validation, ProductMapper mapper, EventPublisher events,
            ProductCache cache, JsonMapper json, Clock clock) {
        this.products = products;
        this.validation = validation;
        this.mapper = mapper;
        this.events = events;
        this.cache = cache;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public Product create(ProductRequest request) {
        UUID id = UUID.randomUUID();
        List<Map<String, BigDecimal>> prices = validation.check(request, id);
        String slug = request.slug() != null ? requireFreeSlug(request.slug()) : freeSlugFor(request.name());
        Instant now = Instant.now(clock);
        Product product = build(id, slug, request, prices, request.status() == null ? ProductStatus.DRAFT : request.status(),
                1, now, now);
        products.insert(product);
        saved(product);
        return product;
    }

    @Transactional
    public Product replace(UUID id, ProductRequest request, Long ifMatch) {
        Product existing = products.find(id).orElseThrow(() -> ApiException.notFound("Product"));
        long expected = expectedVersion(ifMatch, request.version());
        List<Map<String, BigDecimal>> prices = validation.check(request, id);
        String slug = existing.slug();
        if (request.slug() != null && !request.slug().equals(existing.slug())) {
            slug = requireFreeSlug(request.slug());
        }
        Product updated = build(id, slug, request, prices, request.status() == null ? existing.status() : request.status(),
                expected + 1, existing.createdAt(), Instant.now(clock));
        if (existing.version() != expected || !products.update(updated, expected)) {
            throw staleVersion(existing.version());
        }
        saved(updated);
        return updated;
    }

    /** Changes only the fields present in {@code patch} (top-level members replace whole values). */
    @Transactional
    public Product patch(UUID id, JsonNode patch, Long ifMatch) {
        if (!(patch instanceof ObjectNode changes)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "A PATCH body is a JSON object");
        }
        Product existing = products.find(id).orElseThrow(() -> ApiException.notFound("Product"));
        ObjectNode merged = json.valueToTree(asRequest(existing));
        changes.properties().forEach(member -> merged.set(member.getKey(), member.getValue()));
        if (!changes.has("version")) {
            merged.remove("version");
        }
        ProductRequest request = JsonInput.treeToValue(json, merged, ProductRequest.class);
        validation.checkFields(request);
        return replace(id, request, ifMatch);
    }

    @Transactional
    public Product archive(UUID id, Long ifMatch) {
        Product existing = products.find(id).orElseThrow(() -> ApiException.notFound("Product"));
        if (ifMatch != null && ifMatch != existing.version()) {
            throw staleVersion(existing.version());
        }
        if (existing.status() == ProductStatus.ARCHIVED) {
            return existing;
        }
        Product archived = new Product(existing.id(), existing.slug(), existing.name(), existing.description(), existing.brand(),
                existing.categoryId(), existing.attributes(), existing.images(), ProductStatus.ARCHIVED, existing.weightGrams(),
                existing.variants(), existing.version() + 1, existing.createdAt(), Instant.now(clock));
        if (!products.update(archived, existing.version())) {
            throw staleVersion(existing.version());
        }
        saved(archived);
        return archived;
    }

    /** A renamed or moved category changes its products' category paths: publish their state again. */
    @EventListener
    void onCategoryChanged(CategoryChanged change) {
        products.idsInCategories(change.affectedCategories()).forEach(this::republish);
        cache.invalidateWith(() -> { });
    }

    /** Publishes every product's current state again (e.g. to seed a new consumer's topic). */
    @Transactional
    public int republishAll() {
        List<UUID> ids = products.allIds();
        ids.forEach(this::republish);
        return ids.size();
    }

    /** The product is not locked here: the publisher reads it after its key's lock, so a concurrent edit is never overtaken. */
    private void republish(UUID id) {
        events.publish(Topics.CATALOG_PRODUCTS, id.toString(), () -> mapper.event(products.find(id).orElseThrow()));
    }

    /** Adds a product made elsewhere (the demo catalog) exactly as an admin-created one: stored, priced, published. */
    @Transactional
    public void importProduct(Product product) {
        products.insert(product);
        saved(product);
    }

    void saved(Product product) {
        cache.invalidateWith(() -> {
            products.replacePrices(product.id(), mapper.cheapestPrices(product));
            publish(product);
        });
    }

    private void publish(Product product) {
        events.publish(Topics.CATALOG_PRODUCTS, product.id().toString(), mapper.event(product));
    }

    private static long expectedVersion(Long ifMatch, Long bodyVersion) {
        if (ifMatch != null && bodyVersion != null && !ifMatch.equals(bodyVersion)) {
            throw ApiException.invalidField("version", "differs from If-Match");
        }
        Long expected = ifMatch != null ? ifMatch : bodyVersion;
        if (expected == null) {
            throw new ApiException(HttpStatus.PRECONDITION_REQUIRED, "VERSION_REQUIRED",
                    "Send the version you edited, as the version field or an If-Match header, so no change is overwritten unseen");
        }
        return expected;
    }

    private static ApiException staleVersion(long current) {
        return new ApiException(HttpStatus.PRECONDITION_FAILED, "STALE_VERSION",
                "The product was changed by someone else (now version " + current + "); reload it and apply your change again",
                Map.of("currentVersion", current));
    }

    private String requireFreeSlug(String slug) {
        if (products.slugTaken(slug)) {
            throw new ApiException(HttpStatus.CONFLICT, "SLUG_TAKEN", "Another product already uses the slug " + slug,
                    Map.of("errors", List.of(Map.of("field", "slug", "message", "is already taken"))));
        }
        return slug;
    }

    private String freeSlugFor(String name) {
        String base = Slugs.of(name);
        String candidate = base;
        for (int n = 2; products.slugTaken(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private static Product build(UUID id, String slug, ProductRequest request, List<Map<String, BigDecimal>> prices,
            ProductStatus status, long version, Instant createdAt, Instant updatedAt) {
        List<Product.Variant> variants = new ArrayList<>();
        for (int i = 0; i < request.variants().size(); i++) {
            ProductRequest.VariantRequest variant = request.variants().get(i);
            variants.add(new Product.Variant(variant.sku(),
                    variant.attributes() == null ? Map.of() : new LinkedHashMap<>(variant.attributes()), prices.get(i)));
        }
        return new Product(id, slug, request.name().strip(), request.description(), request.brand().strip(),
                request.categoryId(), request.attributes() == null ? Map.of() : new LinkedHashMap<>(request.attributes()),
                request.images() == null ? List.of() : List.copyOf(request.images()), status, request.weightGrams(), variants,
                version, createdAt, updatedAt);
    }

    private static ProductRequest asRequest(Product product) {
        return new ProductRequest(product.name(), product.slug(), product.description(), product.brand(), product.categoryId(),
                product.attributes(), product.images(), product.status(), product.weightGrams(),
                product.variants().stream().map(v -> new ProductRequest.VariantRequest(v.sku(), v.attributes(), null,
                        v.prices().entrySet().stream().map(e -> new ProductRequest.MoneyRequest(e.getValue(), e.getKey())).toList()))
                        .toList(),
                product.version());
    }
}
