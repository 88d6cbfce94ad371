package dev.emporium.search.index;

import static dev.emporium.search.index.ProductFields.*;

import dev.emporium.contracts.catalog.ProductChangedV1;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/** A product's Lucene document, built from its catalog state with the fields of {@link ProductFields}. */
public final class ProductDocument {

    private ProductDocument() {
    }

    /**
     * The document of an ACTIVE product.
     *
     * @param source  the product state as JSON, kept in the document to rewrite it when only its stock changes
     * @param inStock whether any of its SKUs is in stock now
     */
    public static Document build(ProductChangedV1 product, byte[] source, boolean inStock) {
        Document doc = new Document();
        String id = product.productId().toString();
        doc.add(new StringField(ID, id, Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(id)));
        doc.add(new NumericDocValuesField(VERSION, product.version()));

        String name = ProductFields.nullToEmpty(product.name());
        doc.add(new TextField(NAME, name, Field.Store.YES));
        doc.add(new TextField(NAME_WORDS, name, Field.Store.NO));
        doc.add(new TextField(DESCRIPTION, ProductFields.nullToEmpty(product.description()), Field.Store.NO));
        if (product.slug() != null) {
            doc.add(new StoredField(SLUG, product.slug()));
        }

        String brand = product.brand() == null ? "" : product.brand().strip();
        if (!brand.isEmpty()) {
            doc.add(new TextField(BRAND, brand, Field.Store.YES));
            doc.add(new StringField(BRAND_KEY, brandKey(brand), Field.Store.NO));
            doc.add(new SortedDocValuesField(BRAND_FACET, new BytesRef(brand)));
        }

        // every id and slug on the path, so a filter by a parent category finds the products of its children
        List<ProductChangedV1.CategoryRef> path = product.categoryPath() == null ? List.of() : product.categoryPath();
        Set<String> categoryKeys = new LinkedHashSet<>();
        if (product.categoryId() != null) {
            categoryKeys.add(product.categoryId().toString());
        }
        for (ProductChangedV1.CategoryRef category : path) {
            if (category == null) {
                continue;
            }
            if (category.id() != null) {
                categoryKeys.add(category.id().toString());
            }
            if (category.slug() != null) {
                categoryKeys.add(categoryKey(category.slug()));
            }
            if (category.name() != null) {
                doc.add(new TextField(CATEGORY_TEXT, category.name(), Field.Store.NO));
            }
        }
        categoryKeys.forEach(key -> doc.add(new StringField(CATEGORY, key, Field.Store.NO)));
        ProductChangedV1.CategoryRef leaf = leafCategory(product, path);
        if (leaf != null && leaf.id() != null) {
            doc.add(new SortedDocValuesField(CATEGORY_FACET, new BytesRef(encodeCategory(leaf))));
        }

        attributeValues(product).forEach(value -> doc.add(new TextField(ATTRIBUTES, value, Field.Store.NO)));

        skus(product).forEach(sku -> doc.add(new StringField(SKU, sku, Field.Store.YES)));
        doc.add(new StringField(IN_STOCK, Boolean.toString(inStock), Field.Store.YES));
        doc.add(new StoredField(SOURCE, source));

        cheapestPrices(product).forEach((currency, minorUnits) -> {
            String field = currency.priceField();
            doc.add(new LongPoint(field, minorUnits));
            doc.add(new NumericDocValuesField(field, minorUnits));
            doc.add(new StoredField(field, minorUnits));
        });

        Instant created = product.createdAt() != null ? product.createdAt() : product.updatedAt();
        doc.add(new NumericDocValuesField(CREATED, created == null ? 0L : created.toEpochMilli()));

        if (product.images() != null && !product.images().isEmpty() && product.images().getFirst() != null) {
            doc.add(new StoredField(IMAGE, product.images().getFirst()));
        }
        return doc;
    }

    /** The SKUs of the product's variants. */
    public static List<String> skus(ProductChangedV1 product) {
        return product.variants() == null ? List.of() : product.variants().stream()
                .filter(variant -> variant != null && variant.sku() != null).map(ProductChangedV1.Variant::sku).toList();
    }

    /** A product's price in each supported currency: the cheapest of its variants' prices in that currency. */
    public static Map<PriceCurrency, Long> cheapestPrices(ProductChangedV1 product) {
        Map<PriceCurrency, Long> cheapest = new EnumMap<>(PriceCurrency.class);
        if (product.variants() == null) {
            return cheapest;
        }
        for (ProductChangedV1.Variant variant : product.variants()) {
            if (variant == null || variant.prices() == null) {
                continue;
            }
            for (ProductChangedV1.Price price : variant.prices()) {
                if (price == null || price.amount() == null || price.amount().signum() < 0) {
                    continue;
                }
                PriceCurrency.parse(price.currency()).ifPresent(currency -> {
                    long minor = minorUnitsOrMax(currency, price.amount());
                    cheapest.merge(currency, minor, Math::min);
                });
            }
        }
        cheapest.values().removeIf(value -> value == Long.MAX_VALUE);
        return cheapest;
    }

    private static ProductChangedV1.CategoryRef leafCategory(ProductChangedV1 product, List<ProductChangedV1.CategoryRef> path) {
        if (!path.isEmpty() && path.getLast() != null) {
            return path.getLast();
        }
        return product.categoryId() == null ? null : new ProductChangedV1.CategoryRef(product.categoryId(), null, null);
    }

    private static List<String> attributeValues(ProductChangedV1 product) {
        Set<String> values = new LinkedHashSet<>();
        if (product.attributes() != null) {
            product.attributes().values().forEach(value -> addIfText(values, value));
        }
        if (product.variants() != null) {
            product.variants().stream().filter(v -> v != null && v.attributes() != null)
                    .forEach(v -> v.attributes().values().forEach(value -> addIfText(values, value)));
        }
        return List.copyOf(values);
    }

    private static void addIfText(Set<String> values, String value) {
        if (value != null && !value.isBlank()) {
            values.add(value);
        }
    }

    private static long minorUnitsOrMax(PriceCurrency currency, BigDecimal amount) {
        try {
            return currency.toMinorUnits(amount);
        } catch (ArithmeticException absurd) {
            return Long.MAX_VALUE;
        }
    }
}
