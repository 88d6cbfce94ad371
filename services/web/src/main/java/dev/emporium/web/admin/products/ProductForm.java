package dev.emporium.web.admin.products;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The product form as the browser posts it: text as typed, so a page shown again keeps every entry. Attributes
 * are {@code key=value} (one per line for the product, separated by {@code ;} for a variant), pictures one URL per
 * line; each variant row has its SKU, attributes and a price per currency (USD required, EUR and GBP derived by
 * catalog's rates when left empty). Catalog checks everything else and says which field is wrong.
 *
 * @param version the product's version when the form was shown (an edit); catalog refuses a stale one
 */
public record ProductForm(@Nullable String name, @Nullable String slug, @Nullable String description, @Nullable String brand,
        @Nullable String categoryId, @Nullable String status, @Nullable String weightGrams, @Nullable String attributes,
        @Nullable String images, @Nullable List<VariantRow> variants, @Nullable Long version) {

    /** Rows a new form has; an edit has one empty row more than the product has variants. */
    static final int NEW_ROWS = 2;
    static final int MAX_ROWS = 100;

    public ProductForm {
        variants = variants == null ? new ArrayList<>() : new ArrayList<>(variants);
    }

    public record VariantRow(@Nullable String sku, @Nullable String attributes, @Nullable String usd, @Nullable String eur,
            @Nullable String gbp) {

        static VariantRow empty() {
            return new VariantRow("", "", "", "", "");
        }

        boolean blank() {
            return isBlank(sku) && isBlank(attributes) && isBlank(usd) && isBlank(eur) && isBlank(gbp);
        }
    }

    static ProductForm empty() {
        List<VariantRow> rows = new ArrayList<>();
        for (int i = 0; i < NEW_ROWS; i++) {
            rows.add(VariantRow.empty());
        }
        return new ProductForm("", "", "", "", "", "DRAFT", "", "", "", rows, null);
    }

    /** The product as stored, to edit. */
    static ProductForm of(AdminProduct product) {
        List<VariantRow> rows = new ArrayList<>();
        for (AdminProduct.Variant variant : product.variants()) {
            rows.add(new VariantRow(variant.sku(), pairs(variant.attributes(), "; "), amount(variant, "USD"), amount(variant, "EUR"),
                    amount(variant, "GBP")));
        }
        rows.add(VariantRow.empty());
        return new ProductForm(product.name(), product.slug(), product.description(), product.brand(),
                product.categoryId() == null ? "" : product.categoryId().toString(), product.status(),
                product.weightGrams() == null ? "" : product.weightGrams().toString(), pairs(product.attributes(), "\n"),
                String.join("\n", product.images()), rows, product.version());
    }

    /** The same entries with one more empty variant row (the "more rows" button, which works without JavaScript). */
    ProductForm withMoreRows() {
        List<VariantRow> rows = new ArrayList<>(variants);
        if (rows.size() < MAX_ROWS) {
            rows.add(VariantRow.empty());
        }
        return new ProductForm(name, slug, description, brand, categoryId, status, weightGrams, attributes, images, rows, version);
    }

    private static String amount(AdminProduct.Variant variant, String currency) {
        return variant.in(currency).map(money -> money.amount().toPlainString()).orElse("");
    }

    private static String pairs(Map<String, String> attributes, String separator) {
        return attributes.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(separator));
    }

    /** {@code key=value} pairs split by the separator; null when one of them is not a pair. */
    static @Nullable Map<String, String> parsePairs(@Nullable String text, String separatorRegex) {
        Map<String, String> pairs = new LinkedHashMap<>();
        if (text == null) {
            return pairs;
        }
        for (String part : text.split(separatorRegex)) {
            if (part.isBlank()) {
                continue;
            }
            int equals = part.indexOf('=');
            if (equals <= 0 || part.substring(0, equals).isBlank()) {
                return null;
            }
            pairs.put(part.substring(0, equals).strip(), part.substring(equals + 1).strip());
        }
        return pairs;
    }

    static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
