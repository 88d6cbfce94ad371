package dev.emporium.cart.cart;

import static dev.emporium.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.cart.CartClient;
import dev.emporium.cart.CartServiceTest;
import dev.emporium.cart.InternalCartClient;
import dev.emporium.cart.TestShop;
import dev.emporium.cart.catalog.ProductCatalog;
import dev.emporium.cart.catalog.StockLevels;
import dev.emporium.contracts.catalog.ProductChangedV1;
import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.TestJwts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Checkout reads a customer's cart and, once the order is confirmed, takes the ordered units out of it. */
@CartServiceTest
class InternalCartApiTest {

    @LocalServerPort int port;
    @Autowired KafkaTemplate<String, byte[]> kafka;
    @Autowired JsonMapper json;
    @Autowired ProductCatalog catalog;
    @Autowired StockLevels stock;

    private final UUID customerId = UUID.randomUUID();
    private InternalCartClient checkout;
    private CartClient customer;
    private ProductChangedV1 product;

    @BeforeEach
    void setUp() {
        product = new TestShop(kafka, json, catalog, stock).product("10.00", "12.50", "7.25");
        checkout = InternalCartClient.checkout(port);
        customer = CartClient.customer(port, customerId);
    }

    @Test
    void showsCheckoutTheCustomersCartWithItsSnapshottedPrices() {
        customer.add(sku(0), 2);
        customer.add(sku(1), 1);

        JsonNode cart = expect200(checkout.cart(customerId));

        assertThat(cart.get("id").asString()).isEqualTo(customer.get("").json().get("id").asString());
        assertThat(cart.get("currency").asString()).isEqualTo("USD");
        assertThat(quantities(cart)).isEqualTo(Map.of(sku(0), 2, sku(1), 1));
        assertThat(cart.get("items").get(0).get("unitPrice").get("amount").asString()).isEqualTo("10.00");
        assertThat(cart.get("items").get(0).get("priceChanged").asBoolean()).isFalse();
        assertThat(cart.get("subtotal").get("amount").asString()).isEqualTo("32.50");
    }

    @Test
    void showsAnEmptyCartForACustomerWithoutOne() {
        JsonNode cart = expect200(checkout.cart(UUID.randomUUID()));

        assertThat(cart.get("items").isEmpty()).isTrue();
        assertThat(cart.get("itemCount").asInt()).isZero();
        assertThat(cart.get("subtotal").get("amount").asString()).isEqualTo("0.00");
    }

    @Test
    void takesOnlyTheOrderedUnitsOutOfTheCart() {
        customer.add(sku(0), 3);
        customer.add(sku(1), 1);
        customer.add(sku(2), 2);

        JsonNode after = expect200(checkout.checkOut(customerId, UUID.randomUUID(), ordered(sku(0), 2, sku(1), 1)));

        assertThat(quantities(after)).isEqualTo(Map.of(sku(0), 1, sku(2), 2));
        assertThat(quantities(customer.get("").json())).isEqualTo(Map.of(sku(0), 1, sku(2), 2));
    }

    @Test
    void answersTheSameOrderAgainWithTheCartAsItIsAndChangesNothing() {
        customer.add(sku(0), 2);
        UUID orderId = UUID.randomUUID();
        expect200(checkout.checkOut(customerId, orderId, ordered(sku(0), 2)));
        customer.add(sku(0), 4); // the customer shops on

        JsonNode again = expect200(checkout.checkOut(customerId, orderId, ordered(sku(0), 2)));

        assertThat(quantities(again)).isEqualTo(Map.of(sku(0), 4));
        assertThat(quantities(customer.get("").json())).isEqualTo(Map.of(sku(0), 4));
    }

    @Test
    void remembersAnOrderWhoseUnitsWereNoLongerInTheCart() {
        UUID orderId = UUID.randomUUID();
        expect200(checkout.checkOut(customerId, orderId, ordered(sku(0), 2)));
        customer.add(sku(0), 2);

        expect200(checkout.checkOut(customerId, orderId, ordered(sku(0), 2)));

        assertThat(quantities(customer.get("").json())).isEqualTo(Map.of(sku(0), 2));
    }

    @Test
    void rejectsMalformedCheckouts() {
        UUID orderId = UUID.randomUUID();
        assertProblem(checkout.checkOut(customerId, "{\"lines\": [{\"sku\": \"" + sku(0) + "\", \"quantity\": 1}]}"), 400, "VALIDATION_FAILED");
        assertProblem(checkout.checkOut(customerId, orderId, Map.of()), 400, "VALIDATION_FAILED");
        assertProblem(checkout.checkOut(customerId, orderId, ordered(sku(0), 0)), 400, "VALIDATION_FAILED");
        assertProblem(checkout.checkOut(customerId, orderId, ordered(sku(0), 100)), 400, "VALIDATION_FAILED");
        assertProblem(checkout.checkOut(customerId, orderId, ordered("", 1)), 400, "VALIDATION_FAILED");
        assertProblem(checkout.checkOut(customerId, "{\"orderId\": \"not-a-uuid\", \"lines\": [{\"sku\": \"A\", \"quantity\": 1}]}"),
                400, "VALIDATION_FAILED");
        assertProblem(checkout.checkOut(customerId, "{\"orderId\": "), 400, "MALFORMED_REQUEST");
        assertProblem(checkout.checkOut("not-a-customer", "{}"), 400, "VALIDATION_FAILED");
        assertProblem(checkout.cart("not-a-customer"), 400, "VALIDATION_FAILED");
    }

    @Test
    void rejectsAnOrderNamingASkuTwice() {
        customer.add(sku(0), 3);
        String body = "{\"orderId\": \"" + UUID.randomUUID() + "\", \"lines\": [{\"sku\": \"" + sku(0) + "\", \"quantity\": 1}, "
                + "{\"sku\": \"" + sku(0) + "\", \"quantity\": 2}]}";

        JsonNode problem = assertProblem(checkout.checkOut(customerId, body), 400, "VALIDATION_FAILED");

        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("lines[1].sku");
        assertThat(quantities(customer.get("").json())).isEqualTo(Map.of(sku(0), 3));
    }

    @Test
    void leavesTheInternalCartApiToServicesWithTheCheckoutScope() {
        customer.add(sku(0), 1);
        List<InternalCartClient> refused = List.of(
                InternalCartClient.withToken(port, TestJwts.get().customer(customerId)),
                InternalCartClient.withToken(port, TestJwts.get().admin(UUID.randomUUID())),
                InternalCartClient.withToken(port, TestJwts.get().service("checkout", "inventory:reserve")));
        for (InternalCartClient caller : refused) {
            assertProblem(caller.cart(customerId), 403, "FORBIDDEN");
            assertProblem(caller.checkOut(customerId, UUID.randomUUID(), ordered(sku(0), 1)), 403, "FORBIDDEN");
        }
        InternalCartClient anonymous = InternalCartClient.withoutToken(port);
        assertProblem(anonymous.cart(customerId), 401, "UNAUTHORIZED");
        assertProblem(anonymous.checkOut(customerId, UUID.randomUUID(), ordered(sku(0), 1)), 401, "UNAUTHORIZED");
        assertThat(quantities(customer.get("").json())).isEqualTo(Map.of(sku(0), 1));
    }

    private String sku(int variant) {
        return TestShop.sku(product, variant);
    }

    private static Map<String, Integer> ordered(Object... skuAndQuantity) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (int i = 0; i < skuAndQuantity.length; i += 2) {
            lines.put((String) skuAndQuantity[i], (Integer) skuAndQuantity[i + 1]);
        }
        return lines;
    }

    private static JsonNode expect200(TestHttp.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static Map<String, Integer> quantities(JsonNode cart) {
        return cart.get("items").valueStream().collect(Collectors.toMap(item -> item.get("sku").asString(),
                item -> item.get("quantity").asInt()));
    }
}
