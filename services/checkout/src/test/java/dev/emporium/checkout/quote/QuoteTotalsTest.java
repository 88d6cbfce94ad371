package dev.emporium.checkout.quote;

import static dev.emporium.checkout.TestCatalog.price;
import static dev.emporium.checkout.TestCatalog.product;
import static dev.emporium.checkout.TestCatalog.sku;
import static dev.emporium.checkout.quote.QuoteClient.BERLIN;
import static dev.emporium.checkout.quote.QuoteClient.SAN_FRANCISCO;
import static dev.emporium.checkout.quote.QuoteClient.TOKYO;
import static dev.emporium.checkout.quote.QuoteClient.address;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.checkout.CheckoutServiceTest;
import dev.emporium.checkout.TestCatalog;
import dev.emporium.checkout.harness.Downstreams;
import dev.emporium.checkout.harness.RunningCart;
import dev.emporium.contracts.catalog.ProductChangedV1;
import dev.emporium.testsupport.ProblemAssertions;
import dev.emporium.testsupport.TestHttp;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Quotes of a real cart (cart and the other services checkout calls run beside it, {@link Downstreams}; each product
 * is stocked first, as inventory starts every SKU it learns of at 0 and cart would not take it): every amount exact,
 * for each zone, method and currency. The cart: 2 × a 400 g tee at 19.99 USD / 18.49 EUR / 15.99 GBP and 1 × socks without a weight (500 g
 * by default) at 5.00 USD / 4.60 EUR / 3.95 GBP, 1,300 g in all: two kilograms begun.
 */
@CheckoutServiceTest
class QuoteTotalsTest {

    @DynamicPropertySource
    static void cart(DynamicPropertyRegistry registry) {
        RunningCart.register(registry);
    }

    @LocalServerPort int port;
    @Autowired KafkaTemplate<String, byte[]> kafka;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    TestCatalog catalog;
    QuoteClient client;
    UUID customer = UUID.randomUUID();
    ProductChangedV1 tee;
    ProductChangedV1 socks;

    @BeforeEach
    void cartWithTeesAndSocks() {
        catalog = new TestCatalog(kafka, json, jdbc);
        client = new QuoteClient(port);
        tee = onSale(product(400, List.of(List.of(price("19.99 USD"), price("18.49 EUR"), price("15.99 GBP")))));
        socks = onSale(product(null, List.of(List.of(price("5.00 USD"), price("4.60 EUR"), price("3.95 GBP")))));
        RunningCart.get().add(customer, sku(tee, 0), 2);
        RunningCart.get().add(customer, sku(socks, 0), 1);
    }

    @Test
    void quotesGermanyWithGermanVatOnGoodsAndShipping() {
        JsonNode quote = ok(client.quote(customer, BERLIN, "STANDARD", "EUR"));

        assertThat(money(quote, "subtotal")).isEqualTo("41.58 EUR");
        assertThat(money(quote, "shipping")).as("EU standard: 11.00 + 2.75 for the second kilogram").isEqualTo("13.75 EUR");
        assertThat(money(quote, "tax")).as("19 % of 55.33 = 10.5127").isEqualTo("10.51 EUR");
        assertThat(money(quote, "discount")).isEqualTo("0.00 EUR");
        assertThat(money(quote, "total")).isEqualTo("65.84 EUR");
        assertThat(quote.get("currency").asString()).isEqualTo("EUR");
        assertThat(quote.get("shippingZone").asString()).isEqualTo("EU");
        assertThat(quote.get("weightGrams").asLong()).isEqualTo(1300);
        assertThat(quote.get("taxRate").asString()).isEqualTo("19");
        assertThat(quote.get("taxJurisdiction").asString()).isEqualTo("DE");
        JsonNode first = quote.get("lines").get(0);
        assertThat(first.get("sku").asString()).isEqualTo(sku(tee, 0));
        assertThat(first.get("productId").asString()).isEqualTo(tee.productId().toString());
        assertThat(first.get("name").asString()).isEqualTo(tee.name());
        assertThat(first.get("quantity").asInt()).isEqualTo(2);
        assertThat(money(first, "unitPrice")).isEqualTo("18.49 EUR");
        assertThat(money(first, "lineTotal")).isEqualTo("36.98 EUR");
        assertThat(money(quote.get("lines").get(1), "lineTotal")).isEqualTo("4.60 EUR");
    }

    @Test
    void quotesGermanyByExpressInDollars() {
        JsonNode quote = ok(client.quote(customer, BERLIN, "EXPRESS", "USD"));

        assertThat(money(quote, "subtotal")).isEqualTo("44.98 USD");
        assertThat(money(quote, "shipping")).isEqualTo("36.00 USD");
        assertThat(money(quote, "tax")).as("19 % of 80.98 = 15.3862").isEqualTo("15.39 USD");
        assertThat(money(quote, "total")).isEqualTo("96.37 USD");
    }

    @Test
    void quotesCaliforniaWithStateSalesTaxOnTheGoodsOnly() {
        JsonNode standard = ok(client.quote(customer, SAN_FRANCISCO, "STANDARD", "USD"));
        JsonNode express = ok(client.quote(customer, SAN_FRANCISCO, "EXPRESS", "USD"));

        assertThat(money(standard, "shipping")).isEqualTo("6.00 USD");
        assertThat(money(standard, "tax")).as("7.25 % of 44.98 = 3.26105").isEqualTo("3.26 USD");
        assertThat(money(standard, "total")).isEqualTo("54.24 USD");
        assertThat(standard.get("shippingZone").asString()).isEqualTo("DOMESTIC_US");
        assertThat(standard.get("taxJurisdiction").asString()).isEqualTo("US-CA");
        assertThat(money(express, "shipping")).isEqualTo("17.50 USD");
        assertThat(money(express, "tax")).isEqualTo("3.26 USD");
        assertThat(money(express, "total")).isEqualTo("65.74 USD");
    }

    @Test
    void quotesAStateWithAFractionalRateRoundedOnceOnTheTotal() {
        JsonNode quote = ok(client.quote(customer, address("US", "mn", "55401"), "STANDARD", "USD"));

        assertThat(money(quote, "tax")).as("6.875 % of 44.98 = 3.092375").isEqualTo("3.09 USD");
        assertThat(quote.get("taxJurisdiction").asString()).isEqualTo("US-MN");
        assertThat(money(quote, "total")).isEqualTo("54.07 USD");
    }

    @Test
    void quotesTheRestOfTheWorldWithoutTaxByEitherMethod() {
        JsonNode standard = ok(client.quote(customer, TOKYO, "STANDARD", "GBP"));
        JsonNode express = ok(client.quote(customer, TOKYO, "EXPRESS", "GBP"));
        JsonNode london = ok(client.quote(customer, address("GB", "Greater London", "SW1Y 4JH"), "STANDARD", "EUR"));

        assertThat(money(standard, "subtotal")).isEqualTo("35.93 GBP");
        assertThat(money(standard, "shipping")).isEqualTo("18.10 GBP");
        assertThat(money(standard, "tax")).isEqualTo("0.00 GBP");
        assertThat(money(standard, "total")).isEqualTo("54.03 GBP");
        assertThat(standard.get("taxJurisdiction").asString()).isEqualTo("NONE");
        assertThat(money(express, "shipping")).isEqualTo("43.20 GBP");
        assertThat(money(express, "total")).isEqualTo("79.13 GBP");
        assertThat(london.get("shippingZone").asString()).as("the United Kingdom is not in the EU").isEqualTo("REST_OF_WORLD");
        assertThat(money(london, "shipping")).isEqualTo("20.60 EUR");
        assertThat(money(london, "total")).isEqualTo("62.18 EUR");
    }

    @Test
    void pricesInTheCurrencyAskedForWhateverTheCartsCurrency() {
        RunningCart.get().currency(customer, "GBP");

        JsonNode quote = ok(client.quote(customer, TOKYO, "STANDARD", "USD"));

        assertThat(money(quote.get("lines").get(0), "unitPrice")).isEqualTo("19.99 USD");
        assertThat(money(quote, "subtotal")).isEqualTo("44.98 USD");
        assertThat(money(quote, "shipping")).isEqualTo("22.50 USD");
    }

    @Test
    void roundsVatHalfUp() {
        UUID buyer = UUID.randomUUID();
        ProductChangedV1 mug = onSale(product(100, List.of(List.of(price("10.00 USD"), price("10.00 EUR")))));
        RunningCart.get().add(buyer, sku(mug, 0), 1);

        JsonNode quote = ok(client.quote(buyer, address("FI", null, "00100"), "STANDARD", "EUR"));

        assertThat(money(quote, "tax")).as("25.5 % of 21.00 = 5.355").isEqualTo("5.36 EUR");
        assertThat(money(quote, "total")).isEqualTo("26.36 EUR");
        assertThat(quote.get("taxRate").asString()).isEqualTo("25.5");
    }

    @Test
    void pricesAtTheCatalogsCurrentPriceNotTheCartsSnapshot() {
        catalog.publish(TestCatalog.repriced(tee, List.of(price("21.00 USD"), price("19.50 EUR"), price("16.80 GBP"))));

        JsonNode quote = ok(client.quote(customer, TOKYO, "STANDARD", "USD"));

        assertThat(money(quote.get("lines").get(0), "unitPrice")).isEqualTo("21.00 USD");
        assertThat(money(quote, "subtotal")).isEqualTo("47.00 USD");
    }

    @Test
    void refusesAnEmptyCart() {
        ProblemAssertions.assertProblem(client.quote(UUID.randomUUID(), BERLIN, "STANDARD", "EUR"), 409, "CART_EMPTY");
    }

    @Test
    void refusesACartHoldingAProductNoLongerForSaleNamingIt() {
        catalog.publish(TestCatalog.withStatus(socks, "ARCHIVED"));

        JsonNode problem = ProblemAssertions.assertProblem(client.quote(customer, BERLIN, "STANDARD", "EUR"), 409, "PRODUCT_UNAVAILABLE");

        assertThat(problem.get("skus").valueStream().map(JsonNode::asString)).containsExactly(sku(socks, 0));
    }

    @Test
    void refusesACartHoldingAProductWithoutAPriceInTheCurrency() {
        UUID buyer = UUID.randomUUID();
        ProductChangedV1 dollarsOnly = onSale(product(100, List.of(List.of(price("7.00 USD")))));
        RunningCart.get().add(buyer, sku(dollarsOnly, 0), 1);

        assertThat(ok(client.quote(buyer, TOKYO, "STANDARD", "USD")).get("total")).isNotNull();
        ProblemAssertions.assertProblem(client.quote(buyer, TOKYO, "STANDARD", "EUR"), 409, "PRODUCT_UNAVAILABLE");
    }

    /** In stock (before inventory learns of it from the catalog, so it never goes to 0) and published. */
    private ProductChangedV1 onSale(ProductChangedV1 product) {
        Downstreams.get().inventory().setStock(product, 100);
        return catalog.publish(product);
    }

    private static JsonNode ok(TestHttp.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static String money(JsonNode node, String field) {
        JsonNode money = node.get(field);
        return money.get("amount").asString() + " " + money.get("currency").asString();
    }
}
