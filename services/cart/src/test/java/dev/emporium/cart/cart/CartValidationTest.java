package dev.emporium.cart.cart;

import static dev.emporium.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.cart.CartClient;
import dev.emporium.cart.CartServiceTest;
import dev.emporium.cart.TestShop;
import dev.emporium.cart.catalog.ProductCatalog;
import dev.emporium.cart.catalog.StockLevels;
import dev.emporium.contracts.catalog.ProductChangedV1;
import dev.emporium.testsupport.TestHttp;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Lines are checked against the read models of the catalog and the stock, and priced from them. */
@CartServiceTest
class CartValidationTest {

    @LocalServerPort int port;
    @Autowired KafkaTemplate<String, byte[]> kafka;
    @Autowired JsonMapper json;
    @Autowired ProductCatalog catalog;
    @Autowired StockLevels stock;

    private TestShop shop;
    private CartClient customer;

    @BeforeEach
    void setUp() {
        shop = new TestShop(kafka, json, catalog, stock);
        customer = CartClient.customer(port, UUID.randomUUID());
    }

    @Test
    void refusesAnUnknownSku() {
        assertProblem(customer.add("NO-SUCH-SKU-" + UUID.randomUUID(), 1), 404, "NOT_FOUND");
    }

    @Test
    void refusesADraftProduct() {
        ProductChangedV1 draft = shop.withStatus(shop.product("9.99"), "DRAFT");
        JsonNode problem = assertProblem(customer.add(TestShop.sku(draft, 0), 1), 409, "PRODUCT_UNAVAILABLE");
        assertThat(problem.get("sku").asString()).isEqualTo(TestShop.sku(draft, 0));
    }

    @Test
    void refusesAnArchivedProduct() {
        ProductChangedV1 archived = shop.withStatus(shop.product("9.99"), "ARCHIVED");
        assertProblem(customer.add(TestShop.sku(archived, 0), 1), 409, "PRODUCT_UNAVAILABLE");
    }

    @Test
    void refusesQuantitiesOutsideOneToNinetyNine() {
        String sku = TestShop.sku(shop.product("1.00"), 0);
        assertProblem(customer.add(sku, 0), 400, "VALIDATION_FAILED");
        assertProblem(customer.add(sku, 100), 400, "VALIDATION_FAILED");
        assertProblem(customer.add(sku, -3), 400, "VALIDATION_FAILED");
    }

    @Test
    void refusesALineAboveNinetyNineUnits() {
        String sku = TestShop.sku(shop.product("1.00"), 0);
        assertThat(customer.add(sku, 60).status()).isEqualTo(200);
        assertProblem(customer.add(sku, 40), 400, "VALIDATION_FAILED");
        assertThat(customer.get("").json().get("itemCount").asInt()).isEqualTo(60);
    }

    @Test
    void refusesMoreThanIsAvailableAndSaysHowManyAre() {
        String sku = TestShop.sku(shop.product("3.00"), 0);
        shop.stock(sku, 4);
        assertThat(customer.add(sku, 3).status()).isEqualTo(200);

        JsonNode problem = assertProblem(customer.add(sku, 2), 409, "INSUFFICIENT_STOCK");
        assertThat(problem.get("available").asInt()).isEqualTo(4);
        assertProblem(customer.set(sku, 5), 409, "INSUFFICIENT_STOCK");
    }

    @Test
    void refusesASoldOutSku() {
        String sku = TestShop.sku(shop.product("3.00"), 0);
        shop.stock(sku, 0);
        JsonNode problem = assertProblem(customer.add(sku, 1), 409, "INSUFFICIENT_STOCK");
        assertThat(problem.get("available").asInt()).isZero();
    }

    @Test
    void acceptsASkuWhoseStockInventoryHasNotPublishedYet() {
        String sku = TestShop.sku(shop.product("3.00"), 0);
        assertThat(customer.add(sku, 99).status()).isEqualTo(200);
    }

    @Test
    void snapshotsNameImageAndPriceAndTotalsExactly() {
        ProductChangedV1 product = shop.product("19.99", "0.10");
        customer.add(TestShop.sku(product, 0), 3);
        JsonNode cart = customer.add(TestShop.sku(product, 1), 3).json();

        JsonNode line = cart.get("items").get(0);
        assertThat(line.get("name").asString()).isEqualTo(product.name());
        assertThat(line.get("image").asString()).isEqualTo(product.images().getFirst());
        assertThat(line.get("productId").asString()).isEqualTo(product.productId().toString());
        assertThat(line.get("unitPrice").get("amount").asString()).isEqualTo("19.99");
        assertThat(line.get("lineTotal").get("amount").asString()).isEqualTo("59.97");
        assertThat(cart.get("items").get(1).get("lineTotal").get("amount").asString()).isEqualTo("0.30");
        assertThat(cart.get("subtotal").get("amount").asString()).isEqualTo("60.27");
        assertThat(cart.get("currency").asString()).isEqualTo("USD");
        assertThat(cart.get("itemCount").asInt()).isEqualTo(6);
    }

    @Test
    void repricesTheCartWhenAnotherCurrencyIsAskedFor() {
        ProductChangedV1 product = shop.product("20.00", "0.10");
        customer.add(TestShop.sku(product, 0), 1);
        customer.add(TestShop.sku(product, 1), 3);

        JsonNode euros = customer.get("?currency=EUR").json();
        assertThat(euros.get("currency").asString()).isEqualTo("EUR");
        assertThat(euros.get("items").get(0).get("unitPrice").toString()).isEqualTo("{\"amount\":\"18.00\",\"currency\":\"EUR\"}");
        assertThat(euros.get("subtotal").toString()).isEqualTo("{\"amount\":\"18.27\",\"currency\":\"EUR\"}");
        JsonNode pounds = customer.with("Accept-Currency", "GBP").get("").json();
        assertThat(pounds.get("subtotal").toString()).isEqualTo("{\"amount\":\"16.24\",\"currency\":\"GBP\"}");
        assertThat(customer.get("").json().get("currency").asString()).as("the cart keeps its currency").isEqualTo("GBP");
    }

    @Test
    void refusesAnUnsupportedCurrency() {
        assertProblem(customer.get("?currency=JPY"), 400, "VALIDATION_FAILED");
    }

    @Test
    void flagsALineWhoseProductWasArchivedAfterItWasAdded() {
        ProductChangedV1 product = shop.product("5.00");
        customer.add(TestShop.sku(product, 0), 2);
        shop.withStatus(product, "ARCHIVED");

        JsonNode line = customer.get("").json().get("items").get(0);
        assertThat(line.get("unavailable").asBoolean()).isTrue();
        assertThat(line.get("quantity").asInt()).isEqualTo(2);
    }

    @Test
    void flagsALineWhosePriceChangedWithTheOldAndTheNewPrice() {
        ProductChangedV1 product = shop.product("5.00");
        customer.add(TestShop.sku(product, 0), 2);
        shop.repriced(product, "6.50");

        JsonNode cart = customer.get("").json();
        JsonNode line = cart.get("items").get(0);
        assertThat(line.get("priceChanged").asBoolean()).isTrue();
        assertThat(line.get("unitPrice").get("amount").asString()).isEqualTo("5.00");
        assertThat(line.get("currentPrice").get("amount").asString()).isEqualTo("6.50");
        assertThat(cart.get("subtotal").get("amount").asString()).as("never charged silently").isEqualTo("10.00");
    }

    @Test
    void pricesALineAgainWhenTheCustomerChangesIt() {
        ProductChangedV1 product = shop.product("5.00");
        String sku = TestShop.sku(product, 0);
        customer.add(sku, 2);
        shop.repriced(product, "6.50");

        JsonNode line = customer.set(sku, 3).json().get("items").get(0);
        assertThat(line.get("unitPrice").get("amount").asString()).isEqualTo("6.50");
        assertThat(line.get("priceChanged").asBoolean()).isFalse();
    }

    @Test
    void removesALineWhenItsQuantityIsSetToZero() {
        String sku = TestShop.sku(shop.product("5.00"), 0);
        customer.add(sku, 2);
        TestHttp.Response answer = customer.set(sku, 0);
        assertThat(answer.json().get("items").isEmpty()).isTrue();
    }

    @Test
    void removesALineAndIgnoresRemovingOneThatIsNotThere() {
        String sku = TestShop.sku(shop.product("5.00"), 0);
        customer.add(sku, 2);
        assertThat(customer.remove(sku).json().get("items").isEmpty()).isTrue();
        assertThat(customer.remove(sku).status()).isEqualTo(200);
    }

    @Test
    void refusesToChangeALineThatIsNotInTheCart() {
        String sku = TestShop.sku(shop.product("5.00"), 0);
        assertProblem(customer.set(sku, 2), 404, "NOT_FOUND");
    }
}
