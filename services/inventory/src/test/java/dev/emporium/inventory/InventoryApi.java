package dev.emporium.inventory;

import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.TestJwts;
import java.util.Arrays;
import java.util.UUID;

/** Drives inventory's HTTP API as a client does, with an admin or customer token. */
public final class InventoryApi {

    public final TestHttp http;
    private final String admin = TestJwts.get().admin(UUID.randomUUID());
    private final String customer = TestJwts.get().customer(UUID.randomUUID());
    /** What checkout calls the internal endpoints with: a service token with the reservation scope. */
    private final String checkout = TestJwts.get().service("checkout", "inventory:reserve");

    public InventoryApi(int port) {
        this.http = new TestHttp("http://127.0.0.1:" + port);
    }

    public TestHttp.Response asService(String method, String path, String body) {
        return http.send(method, path, body, "Authorization", "Bearer " + checkout);
    }

    public TestHttp.Response asAdmin(String method, String path, String body) {
        return http.send(method, path, body, "Authorization", "Bearer " + admin);
    }

    public TestHttp.Response asCustomer(String method, String path, String body) {
        return http.send(method, path, body, "Authorization", "Bearer " + customer);
    }

    /** Sets the on-hand units of a SKU at a location (null: the default one). */
    public void setStock(String sku, int onHand, String locationId) {
        String body = "{\"onHand\": " + onHand + (locationId == null ? "" : ", \"locationId\": \"" + locationId + "\"") + "}";
        expect(200, asAdmin("PUT", "/api/v1/admin/inventory/" + sku, body));
    }

    /** Adds an active location with this priority and returns its id. */
    public String addLocation(int priority) {
        String code = "loc-" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"code\": \"" + code + "\", \"name\": \"Warehouse " + code + "\", \"country\": \"DE\", \"priority\": " + priority + "}";
        return expect(201, asAdmin("POST", "/api/v1/admin/inventory/locations", body)).json().get("id").asString();
    }

    /** The internal reservation endpoint, as checkout calls it. */
    public TestHttp.Response reserve(UUID reservationId, String linesJson) {
        return asService("POST", "/internal/inventory/reservations",
                "{\"reservationId\": \"" + reservationId + "\", \"lines\": " + linesJson + "}");
    }

    public static String line(String sku, int quantity) {
        return "{\"sku\": \"" + sku + "\", \"quantity\": " + quantity + "}";
    }

    public static String lines(String... lines) {
        return "[" + String.join(", ", Arrays.asList(lines)) + "]";
    }

    public static String uniqueSku() {
        return "T-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    public static TestHttp.Response expect(int status, TestHttp.Response response) {
        if (response.status() != status) {
            throw new AssertionError("Expected " + status + " but got " + response.status() + ": " + response.body());
        }
        return response;
    }
}
