package dev.emporium.web.product;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.platform.money.Money;
import dev.emporium.web.catalog.Product;
import dev.emporium.web.inventory.InventoryClient.Availability;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProductViewTest {

    private static final Money PRICE = new Money(new BigDecimal("19.99"), "USD");
    private static final Product SHIRT = new Product(UUID.randomUUID(), "shirt", "Shirt", null, null, null, null, null, PRICE,
            List.of(new Product.Variant("SHIRT-S", Map.of("size", "S"), PRICE), new Product.Variant("SHIRT-M", Map.of("size", "M"), PRICE)));

    @Test
    void picksTheFirstVariantInStockWhenNoneIsAskedFor() {
        ProductView view = ProductView.of(SHIRT, Map.of("SHIRT-S", new Availability(0, false), "SHIRT-M", new Availability(9, true)), null, List.of());

        assertThat(view.selected().sku()).isEqualTo("SHIRT-M");
    }

    @Test
    void saysHowFewAreLeftAtFiveOrFewer() {
        ProductView view = ProductView.of(SHIRT, Map.of("SHIRT-S", new Availability(5, true)), "SHIRT-S", List.of());

        assertThat(view.selected().stock()).isEqualTo(ProductView.Stock.FEW_LEFT);
    }

    @Test
    void stillSellsWhenStockCouldNotBeAsked() {
        ProductView view = ProductView.of(SHIRT, null, "SHIRT-S", List.of());

        assertThat(view.stockKnown()).isFalse();
        assertThat(view.selected().stock()).isEqualTo(ProductView.Stock.UNKNOWN);
        assertThat(view.purchasable()).isTrue();
    }

    @Test
    void sellsNothingWhenThePickedVariantIsSoldOut() {
        ProductView view = ProductView.of(SHIRT, Map.of("SHIRT-S", new Availability(0, false), "SHIRT-M", new Availability(0, false)), null, List.of());

        assertThat(view.purchasable()).isFalse();
    }
}
