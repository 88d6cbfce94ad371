package dev.emporium.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.web.harness.AdminPortalTest;
import dev.emporium.web.harness.Browser.Page;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CategoryAdminTest extends AdminPortalTest {

    @Test
    void addsACategoryBelowAnotherAndShowsItInTheTree() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String parent = shop.category("Garden " + tag);
        signInAsAdmin();

        Page added = browser.submit(browser.get("/admin/categories"), "main form[action='/admin/categories']",
                Map.of("name", "Watering cans " + tag, "parentId", parent));
        Page tree = browser.follow(added);

        assertThat(added.status()).isEqualTo(302);
        assertThat(tree.document().select(".tree a:containsOwn(Garden " + tag + ") ~ ul a").eachText()).containsExactly("Watering cans " + tag);
    }

    @Test
    void renamesAndMovesACategoryToTheRoot() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String parent = shop.category("Kitchen " + tag);
        signInAsAdmin();
        Page added = browser.submit(browser.get("/admin/categories"), "main form[action='/admin/categories']",
                Map.of("name", "Pans " + tag, "parentId", parent));
        String child = browser.follow(added).document().selectFirst(".tree a:containsOwn(Pans " + tag + ")").attr("href");

        Page saved = browser.submit(browser.get(child), "main form[action='" + child + "']", Map.of("name", "Cookware " + tag, "parentId", ""));
        Page tree = browser.get("/admin/categories");

        assertThat(saved.status()).isEqualTo(302);
        assertThat(tree.document().select(".tree > li > a").eachText()).contains("Cookware " + tag).doesNotContain("Pans " + tag);
    }

    @Test
    void refusesToDeleteACategoryThatHasProducts() {
        String category = shop.category("Full shelf " + UUID.randomUUID().toString().substring(0, 8));
        shop.product(category, "Shelf filler", "Northwind", List.of("OS"), "9.00", 0);
        signInAsAdmin();

        Page refused = browser.follow(browser.submit(browser.get("/admin/categories/" + category), "form[action$=/delete]", Map.of()));

        assertThat(refused.text("main p.alert[role=alert]"))
                .isEqualTo("This category still has sub-categories or products: move or archive them first.");
        assertThat(browser.get("/admin/categories/" + category).status()).isEqualTo(200);
    }
}
