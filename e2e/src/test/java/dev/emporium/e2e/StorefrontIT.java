package dev.emporium.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import dev.emporium.testsupport.TestHttp;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
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

    @Test
    void anAdminCreatesAProductWithTwoVariantsStocksItShipsItsOrderAndRefundsPartOfIt() {
        String word = "admin" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String small = word.toUpperCase() + "-S";
        String large = word.toUpperCase() + "-L";
        try (HeadlessChromium.BrowserPage browser = chromium.newPage()) {
            Page page = browser.page;
            Accessibility.enable(page);
            signInAsAdmin(page);
            audit(page, "admin", "1-dashboard");

            page.navigate(shopUrl + "/admin/products/new");
            page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(word + " Teapot");
            page.getByLabel("Brand", new Page.GetByLabelOptions().setExact(true)).fill("E2E Goods");
            page.getByLabel("Description", new Page.GetByLabelOptions().setExact(true)).fill("A sturdy teapot.");
            page.getByLabel("Category", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setIndex(1));
            page.getByLabel("Status", new Page.GetByLabelOptions().setExact(true)).selectOption("ACTIVE");
            page.getByLabel("SKU of variant 1").fill(small);
            page.getByLabel("Attributes of variant 1").fill("size=S");
            page.getByLabel("Price in USD of variant 1").fill("31.00");
            page.getByLabel("SKU of variant 2").fill(large);
            page.getByLabel("Attributes of variant 2").fill("size=L");
            page.getByLabel("Price in USD of variant 2").fill("35.00");
            audit(page, "admin", "2-new-product");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
            assertThat(page.locator("main")).containsText("The product was created.");

            // inventory learns of the new SKUs from catalog's event; the demo shop gives each new SKU some stock
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    assertThat(http.get("/api/v1/admin/inventory/" + large, shop.admin()).status()).isEqualTo(200));
            for (String sku : new String[] {small, large}) {
                int before = shop.stock(sku).get("onHand").asInt();
                page.navigate(shopUrl + "/admin/inventory/stock/" + sku);
                page.getByLabel("Units (positive to add, negative to remove)").fill("7");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Adjust")).click();
                assertThat(page.locator("#movements")).containsText("7");
                assertThat(shop.stock(sku).get("onHand").asInt()).isEqualTo(before + 7);
            }
            audit(page, "admin", "3-stock");
        }

        awaitSearchable(word);
        try (HeadlessChromium.BrowserPage browser = chromium.newPage()) {
            Page page = browser.page;
            page.navigate(shopUrl + "/search?q=" + word);
            page.locator(".results .cards").getByText(word + " Teapot").click();
            assertThat(page.locator("input[name=sku]:not([disabled])")).hasCount(2);
            assertThat(page.locator(".variants")).containsText("$35.00");
        }

        Shop.Customer customer = shop.newCustomer();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> shop.addToCart(customer, small, 1).status() == 200);
        assertThat(shop.addToCart(customer, large, 1).status()).isEqualTo(200);
        Checkouts.Outcome bought = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> checkouts.outcome(customer, checkouts.place(customer, Checkouts.APPROVED)), o -> o.orderId() != null);

        try (HeadlessChromium.BrowserPage browser = chromium.newPage()) {
            Page page = browser.page;
            Accessibility.enable(page);
            signInAsAdmin(page);
            page.navigate(shopUrl + "/admin/orders/" + bought.orderId());
            assertThat(page.locator("main")).containsText(word + " Teapot");
            audit(page, "admin", "4-order");
            page.getByLabel("Carrier").selectOption(new SelectOption().setIndex(0));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ship").setExact(true)).click();
            assertThat(page.locator("main")).containsText("The order was shipped.");
            assertThat(page.locator("#tracking-number")).not().isEmpty();

            page.getByLabel("Amount in USD").fill("10.00");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Refund").setExact(true)).click();
            assertThat(page.locator("main")).containsText("The refund was recorded.");
            assertThat(page.locator("#refunds")).containsText("$10.00");
            audit(page, "admin", "5-shipped-and-refunded");
        }
        assertThat(shop.orders(customer).get(0).get("status").asString()).isEqualTo("SHIPPED");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(checkouts.paymentsOfCustomer(customer.id()))
                        .singleElement()
                        .satisfies(payment -> assertThat(Checkouts.amount(payment.get("payment").path("refundedAmount")))
                                .isEqualByComparingTo("10.00")));
    }

    @Test
    void aCustomerChecksOutWithTheKeyboardAlone() {
        Shop.Customer customer = checkouts.customerWithCart(1);
        try (HeadlessChromium.BrowserPage browser = chromium.newPage()) {
            Page page = browser.page;
            signIn(page, customer);
            page.navigate(shopUrl + "/checkout");
            Map<String, String> typed = new LinkedHashMap<>();
            typed.put("fullName", "Ada Lovelace");
            typed.put("line1", "12 State Street");
            typed.put("postalCode", "12207");
            typed.put("city", "Albany");
            typed.put("region", "NY");
            typed.put("country", "United States");
            typed.put("cardNumber", Checkouts.APPROVED);
            typed.put("expMonth", "12");
            typed.put("expYear", "2034");
            typed.put("cvc", "123");
            Set<String> filled = new HashSet<>();
            page.locator("body").focus();
            for (int tab = 0; tab < 120 && filled.size() < typed.size(); tab++) {
                page.keyboard().press("Tab");
                String name = String.valueOf(page.evaluate("() => document.activeElement && document.activeElement.name"));
                if (typed.containsKey(name) && filled.add(name)) {
                    page.keyboard().press("ControlOrMeta+A");
                    page.keyboard().type(typed.get(name));
                }
            }
            assertThat(filled).as("every field of the checkout form is reached with Tab").containsAll(typed.keySet());
            // a changed address asks for a new summary (htmx): let it land before moving on
            page.waitForFunction("() => !document.querySelector('.htmx-request')");
            for (int tab = 0; tab < 40; tab++) {
                page.keyboard().press("Tab");
                Object label = page.evaluate("() => document.activeElement && document.activeElement.textContent");
                if (label != null && label.toString().contains("Place order and pay")) {
                    break;
                }
            }
            page.keyboard().press("Enter");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Thank you for your order"))).isVisible();
            Screenshots.take(page, "checkout-keyboard", "confirmation");
        }
        assertThat(shop.orders(customer)).hasSize(1);
    }

    @Test
    void everyStorefrontPageFitsANarrowPhoneScreen() {
        Shop.Customer customer = checkouts.customerWithCart(1);
        try (HeadlessChromium.BrowserPage browser = chromium.newPage()) {
            Page page = browser.page;
            page.setViewportSize(360, 740);
            signIn(page, customer);
            String department = page.locator("nav[aria-label='Departments'] a").first().getAttribute("href");
            String product = page.locator(".cards a").first().getAttribute("href");
            for (String path : new String[] {"/", department, product, "/search?q=lantern", "/cart", "/checkout", "/account", "/account/orders"}) {
                page.navigate(shopUrl + path);
                Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                Screenshots.take(page, "phone-360", path.replaceAll("[^a-z0-9]+", "-"));
                assertThat(((Number) overflow).intValue()).as("horizontal overflow on %s", path).isLessThanOrEqualTo(0);
            }
        }
    }

    @Test
    void aProductPageWeighsUnder100KilobytesTransferredImagesAside() {
        Shop.Product product = shop.newStockedProduct(5);
        awaitSearchable(product.word());
        try (HeadlessChromium.BrowserPage browser = chromium.newPage()) {
            Page page = browser.page;
            page.navigate(shopUrl + "/search?q=" + product.word());
            String productPage = page.locator(".results .cards a").first().getAttribute("href");
            try (HeadlessChromium.BrowserPage fresh = chromium.newPage()) {
                fresh.page.navigate(shopUrl + productPage);
                fresh.page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
                Number transferred = (Number) fresh.page.evaluate("""
                        () => performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                            .filter(entry => entry.initiatorType !== 'img')
                            .reduce((sum, entry) => sum + entry.transferSize, 0)""");
                System.out.printf("product page %s: %d bytes transferred (HTML, CSS, JS)%n", productPage, transferred.longValue());
                assertThat(transferred.longValue()).isPositive().isLessThan(100_000);
            }
        }
    }

    private void signInAsAdmin(Page page) {
        page.navigate(shopUrl + "/login?next=/admin");
        page.getByLabel("Email address", new Page.GetByLabelOptions().setExact(true)).fill(Shop.ADMIN_EMAIL);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(RunningPlatform.ADMIN_PASSWORD);
        page.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/admin$"));
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
