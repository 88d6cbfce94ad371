package dev.emporium.web.harness;

import static org.awaitility.Awaitility.await;

import dev.emporium.web.harness.Browser.Page;
import dev.emporium.web.harness.TestShop.Listed;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A customer in a browser without JavaScript: opens an account (and is signed in), fills the cart from product pages
 * and goes through checkout, with the built-in provider's test cards (API.md).
 */
public final class Shopper {

    public static final String APPROVED = "4242424242424242";
    public static final String DECLINED = "4000000000000002";
    public static final String NEEDS_CONFIRMATION = "4000000000003220";
    public static final String PASSWORD = "correct horse battery";

    private final Browser browser;
    private final String email;

    private Shopper(Browser browser, String email) {
        this.browser = browser;
        this.email = email;
    }

    /** A new customer, signed in in this browser. */
    public static Shopper signedUp(Browser browser, String name) {
        String email = "shopper-" + UUID.randomUUID() + "@test.emporium.local";
        Page registered = browser.submit(browser.get("/register"), "main form", Map.of("name", name, "email", email, "password", PASSWORD));
        if (registered.status() != 302) {
            throw new AssertionError("Registration answered " + registered.status());
        }
        return new Shopper(browser, email);
    }

    public Browser browser() {
        return browser;
    }

    public String email() {
        return email;
    }

    /** Adds units of the product's first variant from its page. */
    public void add(Listed product, int quantity) {
        Page added = browser.submit(browser.get("/p/" + product.slug()), "form.add-to-cart", Map.of("quantity", String.valueOf(quantity)));
        if (added.status() != 302 || !browser.follow(added).text("main [role=status]").startsWith("Added")) {
            throw new AssertionError("The product was not added to the cart");
        }
    }

    /**
     * The checkout page once checkout quotes the cart to a new address in Berlin: checkout learns products from
     * catalog's events, a moment after cart does.
     */
    public Page checkoutQuoted() {
        AtomicReference<Page> quoted = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            Page page = browser.submitWith(browser.get("/checkout"), "#checkout-form", "button[formaction]", berlin());
            quoted.set(page);
            return !page.text("#summary .total-amount").isEmpty();
        });
        return quoted.get();
    }

    /** A new address in Berlin, not saved. */
    public static Map<String, String> berlin() {
        Map<String, String> address = new LinkedHashMap<>();
        address.put("addressId", "new");
        address.put("fullName", "Ada Lovelace");
        address.put("line1", "Unter den Linden 77");
        address.put("postalCode", "10117");
        address.put("city", "Berlin");
        address.put("country", "DE");
        address.put("shippingMethod", "STANDARD");
        return address;
    }

    /** A card that expires in December 2035, CVC 123. */
    public static Map<String, String> card(String number) {
        return Map.of("cardNumber", number, "expMonth", "12", "expYear", "2035", "cvc", "123");
    }

    /** The checkout form as it is on the page, with these values on top. */
    public Page placeOrder(Page checkout, Map<String, String> card) {
        Map<String, String> values = new LinkedHashMap<>(berlin());
        values.putAll(card);
        return browser.submit(checkout, "#checkout-form", values);
    }

    /** Follows redirects and the page that waits for a checkout until the order's confirmation page. */
    public Page confirmation(Page answer) {
        AtomicReference<Page> page = new AtomicReference<>(answer);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            Page current = page.get();
            if (current.status() == 302 || current.status() == 303) {
                page.set(browser.follow(current));
                return false;
            }
            if (current.status() == 202) {
                page.set(browser.get(current.raw().uri().getRawPath()));
                return false;
            }
            return true;
        });
        return page.get();
    }

    /** The numbers of the customer's orders on the first page of their history. */
    public List<String> orderNumbers() {
        return browser.get("/account/orders").document().select("table.orders tbody tr td:first-child a").eachText();
    }

}
