package dev.emporium.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.web.harness.AdminPortalTest;
import dev.emporium.web.harness.Browser.Page;
import dev.emporium.web.harness.TestShop.Listed;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class InventoryAdminTest extends AdminPortalTest {

    @Test
    void adjustsOnHandWithAReasonAndListsTheAdjustmentAmongTheMovements() {
        Listed product = shop.product("Chipped enamel jug", "Harbor & Hearth", List.of("OS"), "18.00", 10);
        String sku = product.skus().getFirst();
        signInAsAdmin();
        Page stock = browser.get("/admin/inventory/stock/" + sku);

        Page adjusted = browser.submit(stock, "form.adjustment", Map.of("delta", "-2", "reason", "DAMAGED", "reference", "Breakage 42"));
        Page after = browser.follow(adjusted);

        assertThat(adjusted.status()).isEqualTo(302);
        assertThat(after.text("#on-hand")).isEqualTo("8");
        assertThat(after.text("[role=status]")).isEqualTo("The stock was adjusted.");
        Element newest = after.document().selectFirst("#movements tbody tr");
        assertThat(newest.select("td.delta").text()).isEqualTo("-2");
        assertThat(newest.select("td.reason").text()).isEqualTo("Damaged");
        assertThat(newest.text()).contains("Breakage 42");
        assertThat(shop.stockOf(sku).get("onHand").asInt()).isEqualTo(8);
    }

    @Test
    void addsALocationAndListsIt() {
        String code = "hall-" + UUID.randomUUID().toString().substring(0, 8);
        signInAsAdmin();

        Page added = browser.submit(browser.get("/admin/inventory/locations"), "main form",
                Map.of("code", code, "name", "Market hall", "country", "DE", "priority", "20", "active", "true"));
        Page list = browser.follow(added);

        assertThat(added.status()).isEqualTo(302);
        assertThat(list.document().select("table.data tbody tr").eachText()).anySatisfy(row -> assertThat(row)
                .contains(code, "Market hall", "DE", "20"));
    }
}
