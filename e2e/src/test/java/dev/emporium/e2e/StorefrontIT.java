package dev.emporium.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.emporium.testsupport.TestHttp;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The storefront in a real browser through the gateway, as a shopper uses it: every page of a journey is audited
 * with axe-core (no serious or critical violation) and photographed into {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StorefrontIT {

    final RunningPlatform platform = SharedPlatform.get();
    final TestHttp http = new TestHttp(platform.gatewayUrl());
    final Shop shop = new Shop(http);
    final Checkouts checkouts = new Checkouts(shop);
    /** As a shopper types it: the card provider's page and the way back are links on this origin (EMPORIUM_PUBLIC_URL). */
    final String shopUrl = "http://localhost:" + platform.port(8080);
    final HeadlessChromium chromium = new HeadlessChromium();

    @AfterAll
    void closeBrowser() {
        chromium.close();
    }

    @Test
    void aGuestBrowsesFiltersSearchesWithATypoAddsTwoVariantsRegistersAndKeepsTheCart() {
        Shop.Product product = shop.newStockedProduct(5);
        shop.setStock(product.word().toUpperCase() + "-M", 5);
        String name = product.word() + " Lantern";
        awaitSearchable(product.word());

        try (HeadlessChromium.BrowserPage browser = chromium.newPage()) {
            Page page = browser.page;
            Accessibility.enable(page);

            page.navigate(platform.gatewayUrl() + "/");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
            audit(page, "guest-journey", "1-home");

            page.locator("nav[aria-label='Departments'] a").first().click();
            assertThat(page.locator("#results-count")).isVisible();
            page.locator(".filters input[name=brand]").first().check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*brand=.*"));
            assertThat(page.locator(".filters input[name=brand]:checked")).hasCount(1);
            audit(page, "guest-journey", "2-category-filtered");

            page.getByLabel("Search products").fill(typo(product.word()));
            page.keyboard().press("Enter");
            Locator hit = page.locator(".results .cards").getByText(name);
            assertThat(hit).isVisible();
            audit(page, "guest-journey", "3-search-with-a-typo");

            hit.click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name))).isVisible();
            audit(page, "guest-journey", "4-product");
            addVariant(page, product.word().toUpperCase() + "-S");
            assertThat(page.locator("#cart-count")).hasText("1");
            addVariant(page, product.word().toUpperCase() + "-M");
            assertThat(page.locator("#cart-count")).hasText("2");

            String email = "shopper-" + UUID.randomUUID() + "@example.com";
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create account")).click();
            page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Grace Hopper");
            page.getByLabel("Email address", new Page.GetByLabelOptions().setExact(true)).fill(email);
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(Shop.PASSWORD);
            audit(page, "guest-journey", "5-register");
            page.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create account")).click();

            assertThat(page.locator("header")).containsText("Grace Hopper");
            page.navigate(platform.gatewayUrl() + "/cart");
            assertThat(page.locator("form[action$='/cart/items/" + product.word().toUpperCase() + "-S']")).hasCount(1);
            assertThat(page.locator("form[action$='/cart/items/" + product.word().toUpperCase() + "-M']")).hasCount(1);
            audit(page, "guest-journey", "6-cart-after-sign-up");
            assertThat(shop.cart(new Shop.Customer(null, email, shop.login(email, Shop.PASSWORD))).get("itemCount").asInt()).isEqualTo(2);
        }
    }

    @Test
    void switchesCurrencyAndLanguageOnEveryPage() {
        try (HeadlessChromium.BrowserPage browser = chromium.newPage()) {
            Page page = browser.page;
            Accessibility.enable(page);
            page.navigate(platform.gatewayUrl() + "/");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("EUR").setExact(true)).click();
            assertThat(page.locator(".cards .price").first()).containsText("€");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Deutsch")).click();

            assertThat(page.locator("html")).hasAttribute("lang", "de");
            assertThat(page.locator("header")).containsText("Warenkorb");
            assertThat(page.locator(".cards .price").first()).containsText("€");
            audit(page, "switching", "german-euro-home");
        }
    }

    @Test
    void aCustomerChecksOutWithAnApprovingCardAndFindsTheOrderInTheAccount() {
        Shop.Customer customer = checkouts.customerWithCart(1);
        try (HeadlessChromium.BrowserPage browser = chromium.newPage()) {
            Page page = browser.page;
            Accessibility.enable(page);
            signIn(page, customer);

            fillCheckout(page, Checkouts.APPROVED);
            audit(page, "checkout", "1-form");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place order and pay")).click();

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Thank you for your order"))).isVisible();
            String number = page.locator(".order-number").innerText();
            assertThat(number).matches("EM-\\d{4}-\\d{6}");
            audit(page, "checkout", "2-confirmation");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Follow your order")).click();
            assertThat(page.locator("main")).containsText(number);
            audit(page, "checkout", "3-order-in-account");
        }
        assertThat(shop.cart(customer).get("itemCount").asInt()).isZero();
    }

    @Test
    void aDeclinedCardShowsWhyAndKeepsTheCart() {
        Shop.Customer customer = checkouts.customerWithCart(1);
        try (HeadlessChromium.BrowserPage browser = chromium.newPage()) {
            Page page = browser.page;
            Accessibility.enable(page);
            signIn(page, customer);

            fillCheckout(page, Checkouts.DECLINED);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place order and pay")).click();

            assertThat(page.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions().setHasText("declined"))).isVisible();
            assertThat(page.getByLabel("Card number", new Page.GetByLabelOptions().setExact(true))).isEmpty();
            audit(page, "checkout-declined", "message");
        }
        assertThat(shop.cart(customer).get("itemCount").asInt()).isEqualTo(1);
        assertThat(shop.orders(customer)).isEmpty();
    }

    @Test
    void aCardThatNeedsTheCustomerCompletesAfterTheyConfirmAtTheProvider() {
        Shop.Customer customer = checkouts.customerWithCart(1);
        try (HeadlessChromium.BrowserPage browser = chromium.newPage()) {
            Page page = browser.page;
            Accessibility.enable(page);
            signIn(page, customer);

            fillCheckout(page, Checkouts.NEEDS_CONFIRMATION);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place order and pay")).click();
            Screenshots.take(page, "checkout-3ds", "1-provider-page");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm payment")).click();

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Thank you for your order"))).isVisible();
            audit(page, "checkout-3ds", "2-confirmation");
        }
        assertThat(shop.orders(customer).get(0).get("status").asString()).isEqualTo("CONFIRMED");
    }

    private void signIn(Page page, Shop.Customer customer) {
        page.navigate(shopUrl + "/login");
        page.getByLabel("Email address", new Page.GetByLabelOptions().setExact(true)).fill(customer.email());
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(Shop.PASSWORD);
        page.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator("header")).containsText("Shopper");
    }

    /** A new address in New York, standard shipping, and the card: what a customer types on the checkout page. */
    private void fillCheckout(Page page, String cardNumber) {
        page.navigate(shopUrl + "/checkout");
        page.getByLabel("Full name").fill("Ada Lovelace");
        page.getByLabel("Street and number").fill("12 State Street");
        page.getByLabel("Postal code").fill("12207");
        page.getByLabel("City").fill("Albany");
        page.getByLabel("State, province or county").fill("NY");
        page.getByLabel("Country").selectOption("US");
        page.getByLabel("Card number", new Page.GetByLabelOptions().setExact(true)).fill(cardNumber);
        page.getByLabel("Expiry month (MM)").fill("12");
        page.getByLabel("Expiry year (YYYY)").fill("2034");
        page.getByLabel("Security code (CVC)").fill("123");
    }

    private void addVariant(Page page, String sku) {
        page.locator("input[name=sku][value='" + sku + "']").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to cart")).click();
        assertThat(page.locator("#cart-status")).not().isEmpty();
    }

    private void audit(Page page, String journey, String step) {
        Screenshots.take(page, journey, step);
        assertThat(Accessibility.seriousViolations(page)).as("axe on %s", page.url()).isEmpty();
    }

    /** The word with two neighbouring letters swapped, as a hurried shopper types it. */
    private static String typo(String word) {
        char[] letters = word.toCharArray();
        char third = letters[3];
        letters[3] = letters[4];
        letters[4] = third;
        return new String(letters);
    }

    private void awaitSearchable(String word) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(http.get("/api/v1/search?q=" + word).json().get("totalItems").asInt()).isPositive());
    }
}
