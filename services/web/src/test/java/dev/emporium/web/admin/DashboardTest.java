package dev.emporium.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.web.harness.AdminPortalTest;
import dev.emporium.web.harness.Browser.Page;
import dev.emporium.web.harness.TestShop.Listed;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DashboardTest extends AdminPortalTest {

    @Test
    void countsTodaysOrdersTheirRevenueAndTheSkusLowOnStock() {
        Listed product = shop.product("Last lantern", "Harbor & Hearth", List.of("OS"), "12.00", 1);
        orders.confirmed(UUID.randomUUID(), product.skus().getFirst(), 1, "12.00");

        Page dashboard = signInAsAdmin();

        assertThat(Integer.parseInt(dashboard.text("#orders-today .value"))).isPositive();
        assertThat(dashboard.text("#revenue-today .value")).startsWith("$");
        assertThat(Integer.parseInt(dashboard.text("#low-stock .value"))).isPositive();
        assertThat(dashboard.document().select(".unavailable")).isEmpty();
    }
}
