package dev.emporium.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.web.harness.Browser.Page;
import dev.emporium.web.harness.LiveServicesTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Identity's access tokens last 15 minutes; here the storefront refreshes any that expires within 20, so every
 * use of the customer's token refreshes it first. Identity spends a refresh token when it is used and ends the whole
 * session when a spent one comes back: the customer staying signed in proves each refresh used the latest token,
 * also with pages of one session loading at once.
 */
@TestPropertySource(properties = "emporium.storefront.token-refresh-ahead=20m")
class TokenRefreshTest extends LiveServicesTest {

    @Test
    void staysSignedInAcrossPagesThatEachRefreshTheToken() {
        signUp();

        for (int i = 0; i < 3; i++) {
            assertThat(browser.get("/cart").status()).isEqualTo(200);
        }

        assertThat(browser.get("/cart").text("header nav.account")).contains("Hello, Barbara Liskov");
    }

    @Test
    void staysSignedInWhenPagesOfOneSessionRefreshAtOnce() {
        signUp();

        List<CompletableFuture<Page>> pages = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> browser.get("/cart"))).toList();

        assertThat(pages).allSatisfy(page -> assertThat(page.join().status()).isEqualTo(200));
        assertThat(browser.get("/cart").text("header nav.account")).contains("Hello, Barbara Liskov");
    }

    private void signUp() {
        Page registered = browser.submit(browser.get("/register"), "main form", Map.of("name", "Barbara Liskov",
                "email", "liskov-" + UUID.randomUUID() + "@example.com", "password", "substitution principle"));
        assertThat(registered.status()).as(registered.html()).isEqualTo(302);
    }
}
