package dev.emporium.order.order;

import static dev.emporium.order.OrderApi.expect;
import static dev.emporium.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.order.OrderApi;
import dev.emporium.order.OrderServiceTest;
import dev.emporium.testsupport.TestJwts;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** A customer sees only their own orders, follows the shipment and cancels before it ships. */
@OrderServiceTest
class CustomerOrdersTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    OrderApi api;
    final UUID customer = UUID.randomUUID();

    @BeforeEach
    void client() {
        api = new OrderApi(port);
    }

    @Test
    void listsOnlyTheCustomersOwnOrdersNewestFirst() {
        String first = api.confirmedOrder(customer).get("id").asString();
        String second = api.confirmedOrder(customer).get("id").asString();
        api.confirmedOrder(UUID.randomUUID());

        JsonNode page = expect(200, api.asCustomer(customer, "GET", "/api/v1/orders?size=1", null)).json();
        JsonNode rest = expect(200, api.asCustomer(customer, "GET", "/api/v1/orders?page=1&size=1", null)).json();

        assertThat(page.get("totalItems").asLong()).isEqualTo(2);
        assertThat(page.get("totalPages").asInt()).isEqualTo(2);
        assertThat(page.get("items").get(0).get("id").asString()).isEqualTo(second);
        assertThat(rest.get("items").get(0).get("id").asString()).isEqualTo(first);
    }

    @Test
    void showsTheCustomerTheirOrderWithLinesTotalsPaymentAndHistory() {
        String id = api.confirmedOrder(customer).get("id").asString();

        JsonNode order = expect(200, api.asCustomer(customer, "GET", "/api/v1/orders/" + id, null)).json();

        assertThat(order.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(order.get("lines")).hasSize(2);
        assertThat(order.get("payment").get("last4").asString()).isEqualTo("4242");
        assertThat(order.get("history").valueStream().map(h -> h.get("status").asString())).containsExactly("PENDING", "CONFIRMED");
        assertThat(order.get("shipment").isNull()).isTrue();
    }

    @Test
    void answers404ForAnotherCustomersOrder() {
        String id = api.confirmedOrder(UUID.randomUUID()).get("id").asString();

        assertProblem(api.asCustomer(customer, "GET", "/api/v1/orders/" + id, null), 404, "NOT_FOUND");
        assertProblem(api.asCustomer(customer, "POST", "/api/v1/orders/" + id + "/cancel", null), 404, "NOT_FOUND");
        assertProblem(api.asCustomer(customer, "GET", "/api/v1/orders/" + id + "/tracking", null), 404, "NOT_FOUND");
    }

    @Test
    void cancelsAConfirmedOrderAndRecordsADurableRefundOfEverythingCaptured() {
        String id = api.confirmedOrder(customer).get("id").asString();

        JsonNode order = expect(200, api.asCustomer(customer, "POST", "/api/v1/orders/" + id + "/cancel", null)).json();

        assertThat(order.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(order.get("refunds")).hasSize(1);
        JsonNode refund = order.get("refunds").get(0);
        assertThat(refund.get("amount").get("amount").asString()).isEqualTo("150.00");
        assertThat(refund.get("reason").asString()).isEqualTo("CANCELLED");
        assertThat(order.get("payment").get("refundedAmount").get("amount").asString()).isEqualTo("150.00");
        // the refund's job is in the scheduler's table, committed with the cancel: it survives a crash and retries
        assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'refund' AND task_instance = :id")
                .param("id", refund.get("id").asString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void refusesToCancelTwiceOrAfterShipping() {
        String cancelled = api.confirmedOrder(customer).get("id").asString();
        expect(200, api.asCustomer(customer, "POST", "/api/v1/orders/" + cancelled + "/cancel", null));
        String shipped = api.confirmedOrder(customer).get("id").asString();
        expect(200, api.asAdmin("POST", "/api/v1/admin/orders/" + shipped + "/ship", "{\"carrier\": \"EMPORIUM_POST\"}"));

        assertProblem(api.asCustomer(customer, "POST", "/api/v1/orders/" + cancelled + "/cancel", null), 409, "ORDER_NOT_CANCELLABLE");
        JsonNode problem = assertProblem(api.asCustomer(customer, "POST", "/api/v1/orders/" + shipped + "/cancel", null), 409,
                "ORDER_NOT_CANCELLABLE");
        assertThat(problem.get("orderStatus").asString()).isEqualTo("SHIPPED");
    }

    @Test
    void refusesToCancelAnOrderCheckoutIsStillPlacing() {
        UUID id = UUID.randomUUID();
        expect(201, api.create(OrderApi.order(id, customer)));

        assertProblem(api.asCustomer(customer, "POST", "/api/v1/orders/" + id + "/cancel", null), 409, "ORDER_NOT_CANCELLABLE");
    }

    @Test
    void showsTheTrackingOfAShippedOrder() {
        String id = api.confirmedOrder(customer).get("id").asString();
        assertProblem(api.asCustomer(customer, "GET", "/api/v1/orders/" + id + "/tracking", null), 404, "NOT_FOUND");
        String trackingNumber = expect(200, api.asAdmin("POST", "/api/v1/admin/orders/" + id + "/ship",
                "{\"carrier\": \"EMPORIUM_POST\"}")).json().get("shipment").get("trackingNumber").asString();

        JsonNode tracking = expect(200, api.asCustomer(customer, "GET", "/api/v1/orders/" + id + "/tracking", null)).json();

        assertThat(tracking.get("carrier").asString()).isEqualTo("EMPORIUM_POST");
        assertThat(tracking.get("trackingNumber").asString()).isEqualTo(trackingNumber).matches("EP\\d{12}");
        assertThat(tracking.get("events").isArray()).isTrue();
    }

    @Test
    void refusesServiceTokensAndAnonymousCallersOnCustomerPaths() {
        assertProblem(api.http.get("/api/v1/orders"), 401, "UNAUTHORIZED");
        assertProblem(api.http.get("/api/v1/orders", "Authorization", "Bearer " + TestJwts.get().service("checkout", "order:write")),
                403, "FORBIDDEN");
        assertProblem(api.asCustomer(customer, "GET", "/api/v1/orders?size=101", null), 400, "VALIDATION_FAILED");
        assertProblem(api.asCustomer(customer, "GET", "/api/v1/orders/not-an-id", null), 400, "VALIDATION_FAILED");
    }
}
