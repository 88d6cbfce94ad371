package dev.emporium.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.web.harness.Browser.Page;
import dev.emporium.web.harness.ServicesDownTest;
import org.junit.jupiter.api.Test;

/** Customers' pages send a guest to sign in first (and back afterwards); the platform's API paths are not the storefront's. */
class PageAccessTest extends ServicesDownTest {

    @Test
    void sendsAGuestAskingForTheirAccountToSignInFirst() {
        Page answer = browser.get("/account/orders/42?tab=lines");

        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.header("Location")).isEqualTo("/login?next=%2Faccount%2Forders%2F42%3Ftab%3Dlines");
    }

    @Test
    void sendsAGuestAskingForTheAdminPortalToSignInFirst() {
        assertThat(browser.get("/admin").header("Location")).isEqualTo("/login?next=%2Fadmin");
    }

    @Test
    void comesBackToThePageAskedForOnceSignedInButNeverToAnotherSite() {
        Page form = browser.get("/login?next=//evil.example");

        assertThat(form.document().selectFirst("input[name=next]").attr("value")).isEqualTo("/");
    }

    /** platform-core's outbox and dead-letter endpoints exist in every service; here nobody reaches them. */
    @Test
    void keepsThePlatformsOperatorEndpointsShutToGuests() {
        Page answer = browser.get("/api/v1/admin/events/outbox/rejected");

        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.header("Location")).startsWith("/login");
    }
}
