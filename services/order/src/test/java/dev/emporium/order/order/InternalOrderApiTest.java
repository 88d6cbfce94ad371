package dev.emporium.order.order;

import static dev.emporium.order.OrderApi.expect;
import static dev.emporium.order.OrderApi.money;
import static dev.emporium.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.order.OrderApi;
import dev.emporium.order.OrderServiceTest;
import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.TestJwts;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Checkout creates, confirms and cancels orders on order's own address, with a service token of scope order:write. */
@OrderServiceTest
class InternalOrderApiTest {

    @LocalServerPort int port;
    OrderApi api;
    final UUID customer = UUID.randomUUID();

    @BeforeEach
    void client() {
        api = new OrderApi(port);
    }

    @Test
    void createsAPendingOrderWithAHumanFriendlyNumberAndTheExactAmounts() {
        UUID orderId = UUID.randomUUID();

        JsonNode order = expect(201, api.create(OrderApi.order(orderId, customer))).json();

        assertThat(order.get("id").asString()).isEqualTo(orderId.toString());
        assertThat(order.get("status").asString()).isEqualTo("PENDING");
        assertThat(order.get("number").asString()).matches("EM-" + Year.now(ZoneOffset.UTC) + "-\\d{6}");
        assertThat(order.get("lines").get(0).get("lineTotal").get("amount").asString()).isEqualTo("99.90");
        assertThat(order.get("total").get("amount").asString()).isEqualTo("150.00");
        assertThat(order.get("payment").get("last4").asString()).isEqualTo("4242");
        assertThat(order.get("shippingAddress").get("country").asString()).isEqualTo("GB");
        assertThat(order.get("history").get(0).get("status").asString()).isEqualTo("PENDING");
    }

    @Test
    void givesEveryOrderItsOwnNumber() {
        String first = expect(201, api.create(OrderApi.order(UUID.randomUUID(), customer))).json().get("number").asString();
        String second = expect(201, api.create(OrderApi.order(UUID.randomUUID(), customer))).json().get("number").asString();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void answersTheSameOrderWhenCheckoutRetriesTheSameOrderId() {
        Map<String, Object> order = OrderApi.order(UUID.randomUUID(), customer);
        JsonNode first = expect(201, api.create(order)).json();

        JsonNode again = expect(200, api.create(order)).json();

        assertThat(again.get("number").asString()).isEqualTo(first.get("number").asString());
    }

    @Test
    void refusesAnOrderIdReusedForAnotherOrder() {
        Map<String, Object> order = OrderApi.order(UUID.randomUUID(), customer);
        expect(201, api.create(order));
        order.put("shippingMethod", "EXPRESS");

        assertProblem(api.create(order), 409, "ORDER_ID_REUSED");
    }

    @Test
    void rejectsALineTotalThatIsNotThePriceTimesTheQuantity() {
        Map<String, Object> order = OrderApi.order(UUID.randomUUID(), customer);
        ((List<Object>) order.get("lines")).set(0, OrderApi.line("AURORA-TEE-M", 2, "49.95", "99.80"));

        JsonNode problem = assertProblem(api.create(order), 400, "VALIDATION_FAILED");

        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("lines[0].lineTotal");
    }

    @Test
    void rejectsTotalsThatDoNotAddUp() {
        Map<String, Object> order = OrderApi.order(UUID.randomUUID(), customer);
        order.put("total", money("149.99", "USD"));

        JsonNode problem = assertProblem(api.create(order), 400, "VALIDATION_FAILED");

        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("total");
    }

    @Test
    void rejectsAmountsInAnotherCurrencyOrWithMoreDigitsThanItHas() {
        Map<String, Object> otherCurrency = OrderApi.order(UUID.randomUUID(), customer);
        otherCurrency.put("tax", money("10.10", "EUR"));
        Map<String, Object> tooPrecise = OrderApi.order(UUID.randomUUID(), customer);
        tooPrecise.put("shipping", money("5.001", "USD"));
        Map<String, Object> unsupported = OrderApi.order(UUID.randomUUID(), customer);
        unsupported.put("currency", "JPY");

        assertProblem(api.create(otherCurrency), 400, "VALIDATION_FAILED");
        assertProblem(api.create(tooPrecise), 400, "VALIDATION_FAILED");
        assertProblem(api.create(unsupported), 400, "VALIDATION_FAILED");
    }

    @Test
    void rejectsMalformedOrders() {
        Map<String, Object> noLines = OrderApi.order(UUID.randomUUID(), customer);
        noLines.put("lines", List.of());
        Map<String, Object> zeroQuantity = OrderApi.order(UUID.randomUUID(), customer);
        ((List<Object>) zeroQuantity.get("lines")).set(0, OrderApi.line("AURORA-TEE-M", 0, "49.95", "0.00"));
        Map<String, Object> badMethod = OrderApi.order(UUID.randomUUID(), customer);
        badMethod.put("shippingMethod", "TELEPORT");
        Map<String, Object> negative = OrderApi.order(UUID.randomUUID(), customer);
        negative.put("tax", money("-1.00", "USD"));

        assertProblem(api.create(noLines), 400, "VALIDATION_FAILED");
        assertProblem(api.create(zeroQuantity), 400, "VALIDATION_FAILED");
        assertProblem(api.create(badMethod), 400, "VALIDATION_FAILED");
        assertProblem(api.create(negative), 400, "VALIDATION_FAILED");
        assertProblem(api.asCheckout("POST", "/internal/orders", "{\"orderId\": "), 400, "MALFORMED_REQUEST");
        assertProblem(api.asCheckout("POST", "/internal/orders/not-an-id/confirm", "{}"), 400, "VALIDATION_FAILED");
    }

    @Test
    void confirmsAPendingOrderWithTheCapturedAmountOnce() {
        UUID orderId = UUID.randomUUID();
        expect(201, api.create(OrderApi.order(orderId, customer)));

        JsonNode confirmed = expect(200, api.confirm(orderId, "150.00")).json();
        JsonNode again = expect(200, api.confirm(orderId, "150.00")).json();

        assertThat(confirmed.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(confirmed.get("payment").get("capturedAmount").get("amount").asString()).isEqualTo("150.00");
        assertThat(again.get("history")).hasSize(2);
    }

    @Test
    void refusesToCaptureMoreThanTheTotal() {
        UUID orderId = UUID.randomUUID();
        expect(201, api.create(OrderApi.order(orderId, customer)));

        assertProblem(api.confirm(orderId, "150.01"), 400, "VALIDATION_FAILED");
    }

    @Test
    void cancelsAPendingOrderToCompensateACheckoutAndRefusesToConfirmItAfterwards() {
        UUID orderId = UUID.randomUUID();
        expect(201, api.create(OrderApi.order(orderId, customer)));

        JsonNode cancelled = expect(200, api.asCheckout("POST", "/internal/orders/" + orderId + "/cancel",
                "{\"reason\": \"PAYMENT_DECLINED\"}")).json();
        expect(200, api.asCheckout("POST", "/internal/orders/" + orderId + "/cancel", "{\"reason\": \"PAYMENT_DECLINED\"}"));

        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("cancelReason").asString()).isEqualTo("PAYMENT_DECLINED");
        assertThat(cancelled.get("refunds")).isEmpty();
        JsonNode problem = assertProblem(api.confirm(orderId, "150.00"), 409, "ILLEGAL_ORDER_TRANSITION");
        assertThat(problem.get("orderStatus").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void refusesToCancelAShippedOrder() {
        UUID orderId = UUID.fromString(api.confirmedOrder(customer).get("id").asString());
        expect(200, api.asAdmin("POST", "/api/v1/admin/orders/" + orderId + "/ship", "{\"carrier\": \"EMPORIUM_POST\"}"));

        assertProblem(api.asCheckout("POST", "/internal/orders/" + orderId + "/cancel", "{\"reason\": \"TIMEOUT\"}"), 409,
                "ORDER_NOT_CANCELLABLE");
    }

    @Test
    void answers404ForAnUnknownOrder() {
        assertProblem(api.confirm(UUID.randomUUID(), "1.00"), 404, "NOT_FOUND");
        assertProblem(api.asCheckout("GET", "/internal/orders/" + UUID.randomUUID(), null), 404, "NOT_FOUND");
    }

    @Test
    void leavesTheInternalApiToServicesWithTheOrderWriteScope() {
        String body = OrderApi.JSON.writeValueAsString(OrderApi.order(UUID.randomUUID(), customer));
        List<String> refused = List.of(TestJwts.get().customer(customer), TestJwts.get().admin(UUID.randomUUID()),
                TestJwts.get().service("checkout", "inventory:reserve"));
        for (String token : refused) {
            assertProblem(api.http.post("/internal/orders", body, "Authorization", "Bearer " + token), 403, "FORBIDDEN");
        }
        TestHttp.Response anonymous = api.http.post("/internal/orders", body);
        assertProblem(anonymous, 401, "UNAUTHORIZED");
    }
}
