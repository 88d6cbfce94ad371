package dev.emporium.catalog.product;

import dev.emporium.catalog.category.Categories;
import dev.emporium.catalog.pricing.Pricing;
import dev.emporium.platform.money.Currencies;
import dev.emporium.platform.web.ApiException;
import dev.emporium.platform.web.Problems;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The rules across fields of a product: supported currencies with their minor digits, a price in the base
 * currency for every variant, unique SKUs, an existing category. All problems are reported at once, by field.
 */
@Component
class ProductValidation {

    private final Validator validator;
    private final Categories categories;
    private final Products products;
    private final Pricing pricing;

    ProductValidation(Validator validator, Categories categories, Products products, Pricing pricing) {
        this.validator = validator;
        this.categories = categories;
        this.products = products;
        this.pricing = pricing;
    }

    /** Field rules, for requests not bound by Spring MVC (a merged PATCH). */
    void checkFields(ProductRequest request) {
        Set<ConstraintViolation<ProductRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw invalid(violations.stream()
                    .map(v -> new Problems.FieldError(v.getPropertyPath().toString().replaceAll("\\.?<[^>]*>", ""), v.getMessage()))
                    .toList());
        }
    }

    /** @return each variant's explicit prices by currency */
    List<Map<String, BigDecimal>> check(ProductRequest request, UUID productId) {
        List<Problems.FieldError> errors = new ArrayList<>();
        if (categories.find(request.categoryId()).isEmpty()) {
            errors.add(new Problems.FieldError("categoryId", "no such category"));
        }
        List<Map<String, BigDecimal>> prices = new ArrayList<>();
        Set<String> skus = new HashSet<>();
        for (int i = 0; i < request.variants().size(); i++) {
            ProductRequest.VariantRequest variant = request.variants().get(i);
            String field = "variants[" + i + "]";
            if (!skus.add(variant.sku())) {
                errors.add(new Problems.FieldError(field + ".sku", "duplicate SKU " + variant.sku() + " in this product"));
            }
            prices.add(explicitPrices(variant, field, errors));
        }
        List<String> taken = products.skusOwnedByOthers(List.copyOf(skus), productId);
        for (int i = 0; i < request.variants().size(); i++) {
            if (taken.contains(request.variants().get(i).sku())) {
                errors.add(new Problems.FieldError("variants[" + i + "].sku", "SKU is already used by another product"));
            }
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return prices;
    }

    private Map<String, BigDecimal> explicitPrices(ProductRequest.VariantRequest variant, String field,
            List<Problems.FieldError> errors) {
        Map<String, BigDecimal> explicit = new LinkedHashMap<>();
        List<ProductRequest.MoneyRequest> all = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        if (variant.price() != null) {
            all.add(variant.price());
            paths.add(field + ".price");
        }
        if (variant.prices() != null) {
            for (int j = 0; j < variant.prices().size(); j++) {
                all.add(variant.prices().get(j));
                paths.add(field + ".prices[" + j + "]");
            }
        }
        for (int k = 0; k < all.size(); k++) {
            ProductRequest.MoneyRequest money = all.get(k);
            if (!Currencies.isSupported(money.currency())) {
                errors.add(new Problems.FieldError(paths.get(k) + ".currency",
                        "unsupported currency " + money.currency() + "; supported: " + String.join(", ", Currencies.SUPPORTED)));
                continue;
            }
            if (money.amount().stripTrailingZeros().scale() > Currencies.minorDigits(money.currency())) {
                errors.add(new Problems.FieldError(paths.get(k) + ".amount",
                        "has more decimals than " + money.currency() + " allows (" + Currencies.minorDigits(money.currency()) + ")"));
                continue;
            }
            BigDecimal previous = explicit.put(money.currency(), money.amount());
            if (previous != null && previous.compareTo(money.amount()) != 0) {
                errors.add(new Problems.FieldError(paths.get(k) + ".currency", "two different prices in " + money.currency()));
            }
        }
        if (!explicit.containsKey(pricing.baseCurrency())) {
            errors.add(new Problems.FieldError(field + ".price", "a price in " + pricing.baseCurrency() + " is required"));
        }
        return explicit;
    }

    private static ApiException invalid(List<Problems.FieldError> errors) {
        return ApiException.invalid("The product has invalid fields", errors);
    }
}
