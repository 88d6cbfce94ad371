package dev.emporium.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.web.harness.AdminPortalTest;
import dev.emporium.web.harness.Browser.Page;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The portal is for admins: a signed-in customer is refused every page of it, with a page saying so. */
class AdminAccessTest extends AdminPortalTest {

    @Test
    void refusesEveryAdminPageToASignedInCustomer() {
        Page registered = browser.submit(browser.get("/register"), "main form", Map.of("name", "Carla Customer",
                "email", "customer-" + UUID.randomUUID() + "@example.com", "password", "correct horse battery"));
        assertThat(registered.status()).isEqualTo(302);

        for (String path : List.of("/admin", "/admin/products", "/admin/products/new", "/admin/inventory", "/admin/orders",
                "/admin/users")) {
            Page refused = browser.get(path);

            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.text("main [role=alert]")).as(path).isEqualTo("You may not see this page.");
        }
    }
}
