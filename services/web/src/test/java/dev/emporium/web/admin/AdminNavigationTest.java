package dev.emporium.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.web.harness.AdminPortalTest;
import dev.emporium.web.harness.Browser.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class AdminNavigationTest extends AdminPortalTest {

    @Test
    void opensEverySectionOfThePortalFromItsNavigation() {
        Page dashboard = signInAsAdmin();

        for (Element link : dashboard.document().select("nav.admin-nav a")) {
            Page section = browser.get(link.attr("href"));

            assertThat(section.status()).as(link.attr("href")).isEqualTo(200);
            assertThat(section.text("main h1")).as(link.attr("href")).isEqualTo(link.text());
            assertThat(section.text("nav.admin-nav a[aria-current=page]")).isEqualTo(link.text());
        }
    }

    @Test
    void speaksGermanOnceGermanIsChosen() {
        signInAsAdmin();

        Page dashboard = browser.get("/admin?lang=de");

        assertThat(dashboard.document().selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(dashboard.document().select("nav.admin-nav a").eachText())
                .containsExactly("Übersicht", "Produkte", "Kategorien", "Bestand", "Bestellungen", "Konten");
        assertThat(dashboard.text("#low-stock h2")).isEqualTo("SKUs mit niedrigem Bestand");
    }
}
