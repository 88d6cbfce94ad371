package dev.emporium.cart;

import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.apicontract.ApiContract;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The APIs cart serves are the contracts committed in docs/api: the public one in cart.openapi.json, what checkout
 * calls in cart.internal.openapi.json (see ApiContract).
 */
@CartServiceTest
class ApiContractTest {

    @LocalServerPort int port;

    @Test
    void servesTheCommittedApiContract() {
        ApiContract.of("cart").assertServes(new TestHttp("http://127.0.0.1:" + port).get("/v3/api-docs").body());
    }

    @Test
    void servesTheCommittedInternalApiContract() {
        ApiContract.internalOf("cart").assertServes(new TestHttp("http://127.0.0.1:" + port).get("/v3/api-docs/internal").body());
    }
}
