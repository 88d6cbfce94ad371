package dev.emporium.catalog;

import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.TestJwts;
import java.util.UUID;

/** Drives catalog's HTTP API as a client does, with an admin or customer token when asked. */
public final class CatalogApi {

    public final TestHttp http;
    private final String admin = TestJwts.get().admin(UUID.randomUUID());
    private final String customer = TestJwts.get().customer(UUID.randomUUID());

    public CatalogApi(int port) {
        this.http = new TestHttp("http://127.0.0.1:" + port);
    }

    public TestHttp.Response asAdmin(String method, String path, String body, String... headers) {
        return http.send(method, path, body, with(headers, "Authorization", "Bearer " + admin));
    }

    /** The admin token {@link #asAdmin} sends, for requests made by other means. */
    public String adminToken() {
        return admin;
    }

    public TestHttp.Response asCustomer(String method, String path, String body) {
        return http.send(method, path, body, "Authorization", "Bearer " + customer);
    }

    public String createCategory(String name, String parentId) {
        String body = "{\"name\":\"" + name + "\"" + (parentId == null ? "" : ",\"parentId\":\"" + parentId + "\"") + "}";
        TestHttp.Response response = asAdmin("POST", "/api/v1/admin/categories", body);
        if (response.status() != 201) {
            throw new IllegalStateException(response.body());
        }
        return response.json().get("id").asString();
    }

    /** A valid product in the category, with two variants priced in USD only unless {@code extraPrices} adds more. */
    public static String product(String name, String categoryId, String skuPrefix, String status, String usd) {
        return """
                {"name": "%s", "description": "A fine thing for everyday use.", "brand": "Testbrand",
                 "categoryId": "%s", "status": "%s", "weightGrams": 350, "attributes": {"material": "cotton"},
                 "variants": [
                   {"sku": "%s-S", "attributes": {"size": "S"}, "price": {"amount": "%s", "currency": "USD"}},
                   {"sku": "%s-M", "attributes": {"size": "M"}, "price": {"amount": "%s", "currency": "USD"},
                    "prices": [{"amount": "17.50", "currency": "EUR"}]}
                 ]}""".formatted(name, categoryId, status, skuPrefix, usd, skuPrefix, usd);
    }

    public static String uniqueSku() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    private static String[] with(String[] headers, String name, String value) {
        String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
        all[headers.length] = name;
        all[headers.length + 1] = value;
        return all;
    }
}
