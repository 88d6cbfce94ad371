package dev.emporium.order.order;

import static dev.emporium.order.OrderApi.expect;
import static dev.emporium.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.order.OrderApi;
import dev.emporium.order.OrderServiceTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Admins list and filter orders, ship, deliver and refund them; every illegal transition is a 409. */
@OrderServiceTest
class AdminOrdersTest {

    @LocalServerPort int port;
    OrderApi api;
    final UUID customer = UUID.randomUUID();

    @BeforeEach
    void client() {
        api = new OrderApi(port);
    }

    @Test
    void filtersOrdersByCustomerAndStatus() {
        String confirmed = api.confirmedOrder(customer).get("id").asString();
        UUID pending = UUID.randomUUID();
        expect(201, api.create(OrderApi.order(pending, customer)));

        JsonNode mine = expect(200, api.asAdmin("GET", "/api/v1/admin/orders?customerId=" + customer, null)).json();
        JsonNode confirmedOnly = expect(200, api.asAdmin("GET", "/api/v1/admin/orders?status=CONFIRMED&customerId=" + customer, null)).json();

        assertThat(mine.get("totalItems").asLong()).isEqualTo(2);
        assertThat(mine.get("items").get(0).get("id").asString()).isEqualTo(pending.toString());
        assertThat(confirmedOnly.get("totalItems").asLong()).isEqualTo(1);
        assertThat(confirmedOnly.get("items").get(0).get("id").asString()).isEqualTo(confirmed);
    }

    @Test
    void rejectsAnUnknownStatusFilter() {
        assertProblem(api.asAdmin("GET", "/api/v1/admin/orders?status=LOST", null), 400, "VALIDATION_FAILED");
    }

    @Test
    void shipsAConfirmedOrderWithATrackingNumberAndDeliversIt() {
        String id = api.confirmedOrder(customer).get("id").asString();

        JsonNode shipped = expect(200, api.asAdmin("POST", "/api/v1/admin/orders/" + id + "/ship", "{\"carrier\": \"EMPORIUM_POST\"}")).json();
        JsonNode delivered = expect(200, api.asAdmin("POST", "/api/v1/admin/orders/" + id + "/deliver", null)).json();
        expect(200, api.asAdmin("POST", "/api/v1/admin/orders/" + id + "/deliver", null));

        assertThat(shipped.get("status").asString()).isEqualTo("SHIPPED");
        assertThat(shipped.get("shipment").get("trackingNumber").asString()).matches("EP\\d{12}");
        assertThat(delivered.get("status").asString()).isEqualTo("DELIVERED");
        assertThat(delivered.get("history").valueStream().map(h -> h.get("status").asString()))
                .containsExactly("PENDING", "CONFIRMED", "SHIPPED", "DELIVERED");
    }

    @Test
    void refusesIllegalTransitions() {
        UUID pending = UUID.randomUUID();
        expect(201, api.create(OrderApi.order(pending, customer)));
        String confirmed = api.confirmedOrder(customer).get("id").asString();

        assertProblem(api.asAdmin("POST", "/api/v1/admin/orders/" + pending + "/ship", "{\"carrier\": \"EMPORIUM_POST\"}"), 409,
                "ILLEGAL_ORDER_TRANSITION");
        assertProblem(api.asAdmin("POST", "/api/v1/admin/orders/" + confirmed + "/deliver", null), 409, "ILLEGAL_ORDER_TRANSITION");
        expect(200, api.asAdmin("POST", "/api/v1/admin/orders/" + confirmed + "/ship", "{\"carrier\": \"EMPORIUM_POST\"}"));
        assertProblem(api.asAdmin("POST", "/api/v1/admin/orders/" + confirmed + "/ship", "{\"carrier\": \"EMPORIUM_POST\"}"), 409,
                "ILLEGAL_ORDER_TRANSITION");
        assertProblem(api.asAdmin("POST", "/api/v1/admin/orders/" + pending + "/refund", "{}"), 409, "ORDER_NOT_REFUNDABLE");
    }

    @Test
    void rejectsAnUnknownCarrierOrNone() {
        String id = api.confirmedOrder(customer).get("id").asString();

        assertProblem(api.asAdmin("POST", "/api/v1/admin/orders/" + id + "/ship", "{\"carrier\": \"PIGEON\"}"), 400, "VALIDATION_FAILED");
        assertProblem(api.asAdmin("POST", "/api/v1/admin/orders/" + id + "/ship", "{}"), 400, "VALIDATION_FAILED");
        assertProblem(api.asAdmin("POST", "/api/v1/admin/orders/" + UUID.randomUUID() + "/ship", "{\"carrier\": \"EMPORIUM_POST\"}"),
                404, "NOT_FOUND");
    }

    @Test
    void refundsPartOfAnOrderAndKeepsItsStatus() {
        String id = api.confirmedOrder(customer).get("id").asString();

        JsonNode order = expect(200, api.asAdmin("POST", "/api/v1/admin/orders/" + id + "/refund",
                "{\"amount\": {\"amount\": \"20.50\", \"currency\": \"USD\"}}")).json();

        assertThat(order.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(order.get("refunds").get(0).get("amount").get("amount").asString()).isEqualTo("20.50");
        assertThat(order.get("refunds").get(0).get("status").asString()).isEqualTo("PENDING");
        assertThat(order.get("payment").get("refundedAmount").get("amount").asString()).isEqualTo("20.50");
    }

    @Test
    void refundsTheRestWithoutAnAmountAndTheOrderBecomesRefunded() {
        String id = api.confirmedOrder(customer).get("id").asString();
        expect(200, api.asAdmin("POST", "/api/v1/admin/orders/" + id + "/refund", "{\"amount\": {\"amount\": \"50.00\", \"currency\": \"USD\"}}"));

        JsonNode order = expect(200, api.asAdmin("POST", "/api/v1/admin/orders/" + id + "/refund", null)).json();

        assertThat(order.get("status").asString()).isEqualTo("REFUNDED");
        assertThat(order.get("refunds").get(1).get("amount").get("amount").asString()).isEqualTo("100.00");
        assertProblem(api.asAdmin("POST", "/api/v1/admin/orders/" + id + "/refund", null), 409, "ORDER_NOT_REFUNDABLE");
    }

    @Test
    void refusesToRefundMoreThanWasCaptured() {
        String id = api.confirmedOrder(customer).get("id").asString();

        JsonNode problem = assertProblem(api.asAdmin("POST", "/api/v1/admin/orders/" + id + "/refund",
                "{\"amount\": {\"amount\": \"150.01\", \"currency\": \"USD\"}}"), 409, "REFUND_EXCEEDS_CAPTURED");

        assertThat(problem.get("refundable").asString()).isEqualTo("150.00");
    }

    @Test
    void rejectsRefundAmountsThatAreNotMoneyOfTheOrder() {
        String id = api.confirmedOrder(customer).get("id").asString();

        assertProblem(api.asAdmin("POST", "/api/v1/admin/orders/" + id + "/refund", "{\"amount\": {\"amount\": \"5.00\", \"currency\": \"EUR\"}}"),
                400, "VALIDATION_FAILED");
        assertProblem(api.asAdmin("POST", "/api/v1/admin/orders/" + id + "/refund", "{\"amount\": {\"amount\": \"0.00\", \"currency\": \"USD\"}}"),
                400, "VALIDATION_FAILED");
        assertProblem(api.asAdmin("POST", "/api/v1/admin/orders/" + id + "/refund", "{\"amount\": {\"amount\": \"-5\", \"currency\": \"USD\"}}"),
                400, "VALIDATION_FAILED");
        assertProblem(api.asAdmin("POST", "/api/v1/admin/orders/" + id + "/refund", "{\"amount\": {\"amount\": \"1.005\", \"currency\": \"USD\"}}"),
                400, "VALIDATION_FAILED");
        assertProblem(api.asAdmin("POST", "/api/v1/admin/orders/" + id + "/refund", "{\"amount\": \"5.00\"}"), 400, "VALIDATION_FAILED");
    }

    @Test
    void leavesAdminPathsToAdmins() {
        assertProblem(api.asCustomer(customer, "GET", "/api/v1/admin/orders", null), 403, "FORBIDDEN");
        assertProblem(api.http.get("/api/v1/admin/orders"), 401, "UNAUTHORIZED");
    }
}
