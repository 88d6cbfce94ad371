package dev.emporium.catalog.product;

import dev.emporium.catalog.category.Categories;
import dev.emporium.catalog.category.Category;
import dev.emporium.catalog.pricing.Pricing;
import dev.emporium.contracts.catalog.ProductChangedV1;
import dev.emporium.platform.money.Currencies;
import dev.emporium.platform.money.Money;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Turns stored products into API views and into the full-state event other services rebuild from. */
@Component
class ProductMapper {

    private final Pricing pricing;
    private final Categories categories;

    ProductMapper(Pricing pricing, Categories categories) {
        this.pricing = pricing;
        this.categories = categories;
    }

    List<ProductView> views(List<Product> products, String currency) {
        Map<UUID, Category> byId = categories.all().stream().collect(Collectors.toMap(Category::id, Function.identity()));
        return products.stream().map(product -> view(product, currency, byId.get(product.categoryId()))).toList();
    }

    private ProductView view(Product product, String currency, Category category) {
        List<ProductView.VariantView> variants = product.variants().stream()
                .map(v -> new ProductView.VariantView(v.sku(), v.attributes(), pricing.effectivePrice(v.prices(), currency),
                        pricing.effectivePrices(v.prices())))
                .toList();
        Money cheapest = variants.stream().map(ProductView.VariantView::price)
                .min(Comparator.comparing(Money::amount)).orElse(null);
        return new ProductView(product.id(), product.slug(), product.name(), product.description(), product.brand(),
                product.categoryId(), category == null ? null : new ProductView.CategoryRef(category.id(), category.slug(), category.name()),
                product.attributes(), product.images(), product.status(), product.weightGrams(), cheapest, variants,
                product.version(), product.createdAt(), product.updatedAt());
    }

    ProductChangedV1 event(Product product) {
        List<ProductChangedV1.CategoryRef> path = categories.path(product.categoryId()).stream()
                .map(c -> new ProductChangedV1.CategoryRef(c.id(), c.slug(), c.name())).toList();
        List<ProductChangedV1.Variant> variants = product.variants().stream()
                .map(v -> new ProductChangedV1.Variant(v.sku(), v.attributes(), pricing.effectivePrices(v.prices()).stream()
                        .map(m -> new ProductChangedV1.Price(m.amount(), m.currency())).toList()))
                .toList();
        return new ProductChangedV1(product.id(), product.slug(), product.name(), product.description(), product.brand(),
                product.categoryId(), path, product.attributes(), product.images(), product.status().name(),
                product.weightGrams(), variants, product.version(), product.createdAt(), product.updatedAt());
    }

    /** The cheapest variant's effective price in every currency, for sorting lists. */
    Map<String, BigDecimal> cheapestPrices(Product product) {
        Map<String, BigDecimal> cheapest = new LinkedHashMap<>();
        for (String currency : Currencies.SUPPORTED) {
            product.variants().stream().map(v -> pricing.effectivePrice(v.prices(), currency).amount())
                    .min(Comparator.naturalOrder()).ifPresent(amount -> cheapest.put(currency, amount));
        }
        return cheapest;
    }
}
