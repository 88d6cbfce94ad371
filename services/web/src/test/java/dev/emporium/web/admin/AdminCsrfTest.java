package dev.emporium.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.web.harness.AdminPortalTest;
import dev.emporium.web.harness.Browser.Page;
import dev.emporium.web.harness.TestShop.Listed;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An admin's form posted without the session's CSRF token (as another site would post it) changes nothing. */
class AdminCsrfTest extends AdminPortalTest {

    @Test
    void refusesAStockAdjustmentPostedWithoutTheCsrfToken() {
        Listed product = shop.product("Forged adjustment mug", "Harbor & Hearth", List.of("OS"), "9.00", 10);
        String sku = product.skus().getFirst();
        signInAsAdmin();

        Page refused = browser.post("/admin/inventory/stock/" + sku + "/adjustments", Map.of("delta", "500", "reason", "RECEIVED"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("main [role=alert]")).isEqualTo("This form has expired. Please go back, reload the page and try again.");
        assertThat(shop.stockOf(sku).get("onHand").asInt()).isEqualTo(10);
    }
}
