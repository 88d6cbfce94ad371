package dev.emporium.web.admin.products;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * A {@link ProductForm} as catalog's product request ({@code POST}/{@code PUT /api/v1/admin/products}), and the way
 * back from the fields catalog names in a problem to the form's: empty variant rows are left out, so catalog's
 * {@code variants[1]} may be the form's third row, and {@code prices[0]} is whichever of EUR and GBP was filled in
 * first. What cannot even be sent (a price that is not a number, an attribute that is not {@code key=value}) is
 * marked on the form here.
 */
final class ProductDraft {

    private static final Pattern VARIANT_FIELD = Pattern.compile("variants\\[(\\d+)]\\.(sku|attributes|price|prices\\[(\\d+)])(\\..*|\\[.*)?");

    private final Map<String, Object> body = new LinkedHashMap<>();
    private final List<Integer> rows = new ArrayList<>();
    private final List<List<String>> explicitCurrencies = new ArrayList<>();

    private ProductDraft() {
    }

    /** The request for the form; what cannot be sent is rejected on {@code binding}. */
    static ProductDraft of(ProductForm form, BindingResult binding) {
        ProductDraft draft = new ProductDraft();
        draft.fill(form, binding);
        return draft;
    }

    Map<String, Object> body() {
        return body;
    }

    private void fill(ProductForm form, BindingResult binding) {
        body.put("name", strip(form.name()));
        if (!ProductForm.isBlank(form.slug())) {
            body.put("slug", form.slug().strip());
        }
        body.put("description", form.description() == null ? "" : form.description());
        body.put("brand", strip(form.brand()));
        body.put("categoryId", ProductForm.isBlank(form.categoryId()) ? null : uuid(form.categoryId(), binding));
        body.put("status", ProductForm.isBlank(form.status()) ? null : form.status());
        if (!ProductForm.isBlank(form.weightGrams())) {
            try {
                body.put("weightGrams", Integer.parseInt(form.weightGrams().strip()));
            } catch (NumberFormatException e) {
                binding.rejectValue("weightGrams", "admin.product.error.weightGrams");
            }
        }
        Map<String, String> attributes = ProductForm.parsePairs(form.attributes(), "\\R");
        if (attributes == null) {
            binding.rejectValue("attributes", "admin.product.error.attributes");
        } else {
            body.put("attributes", attributes);
        }
        body.put("images", form.images() == null ? List.of()
                : form.images().lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
        List<Map<String, Object>> variants = new ArrayList<>();
        for (int row = 0; row < form.variants().size(); row++) {
            ProductForm.VariantRow variant = form.variants().get(row);
            if (variant != null && !variant.blank()) {
                variants.add(variant(variant, row, binding));
                rows.add(row);
            }
        }
        body.put("variants", variants);
        if (form.version() != null) {
            body.put("version", form.version());
        }
    }

    private Map<String, Object> variant(ProductForm.VariantRow variant, int row, BindingResult binding) {
        Map<String, Object> request = new LinkedHashMap<>();
        String field = "variants[" + row + "]";
        request.put("sku", strip(variant.sku()));
        Map<String, String> attributes = ProductForm.parsePairs(variant.attributes(), ";");
        if (attributes == null) {
            binding.rejectValue(field + ".attributes", "admin.product.error.variants.attributes");
        } else {
            request.put("attributes", attributes);
        }
        Object usd = money(variant.usd(), "USD", field + ".usd", binding);
        if (usd != null) {
            request.put("price", usd);
        }
        List<Object> prices = new ArrayList<>();
        List<String> currencies = new ArrayList<>();
        for (String currency : List.of("EUR", "GBP")) {
            String amount = currency.equals("EUR") ? variant.eur() : variant.gbp();
            Object price = money(amount, currency, field + "." + currency.toLowerCase(), binding);
            if (price != null) {
                prices.add(price);
                currencies.add(currency);
            }
        }
        request.put("prices", prices);
        explicitCurrencies.add(currencies);
        return request;
    }

    /** The form's field for a field catalog named; null when the form has no field for it. */
    @Nullable String formField(String catalogField) {
        if (catalogField.startsWith("attributes")) {
            return "attributes";
        }
        if (catalogField.startsWith("images")) {
            return "images";
        }
        if (List.of("name", "slug", "description", "brand", "categoryId", "status", "weightGrams").contains(catalogField)) {
            return catalogField;
        }
        Matcher variant = VARIANT_FIELD.matcher(catalogField);
        if (!variant.matches()) {
            return null;
        }
        int index = Integer.parseInt(variant.group(1));
        if (index >= rows.size()) {
            return null;
        }
        String row = "variants[" + rows.get(index) + "].";
        String part = variant.group(2);
        if (part.equals("sku") || part.equals("attributes")) {
            return row + part;
        }
        if (part.equals("price")) {
            return row + "usd";
        }
        int price = Integer.parseInt(variant.group(3));
        List<String> currencies = explicitCurrencies.get(index);
        return price < currencies.size() ? row + currencies.get(price).toLowerCase() : null;
    }

    private static @Nullable Object money(@Nullable String amount, String currency, String field, BindingResult binding) {
        if (ProductForm.isBlank(amount)) {
            return null;
        }
        try {
            return Map.of("amount", new BigDecimal(amount.strip()).toPlainString(), "currency", currency);
        } catch (NumberFormatException e) {
            binding.rejectValue(field, "admin.product.error.variants.amount");
            return null;
        }
    }

    private static @Nullable Object uuid(String value, BindingResult binding) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            binding.rejectValue("categoryId", "admin.product.error.categoryId");
            return null;
        }
    }

    private static @Nullable String strip(@Nullable String value) {
        return value == null ? null : value.strip();
    }
}
