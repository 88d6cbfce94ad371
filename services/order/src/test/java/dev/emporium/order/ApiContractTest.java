package dev.emporium.order;

import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.apicontract.ApiContract;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The APIs order serves are the contracts committed in docs/api: the public one in order.openapi.json, what checkout
 * calls in order.internal.openapi.json (see ApiContract).
 */
@OrderServiceTest
class ApiContractTest {

    @LocalServerPort int port;

    @Test
    void servesTheCommittedApiContract() {
        ApiContract.of("order").assertServes(new TestHttp("http://127.0.0.1:" + port).get("/v3/api-docs").body());
    }

    @Test
    void servesTheCommittedInternalApiContract() {
        ApiContract.internalOf("order").assertServes(new TestHttp("http://127.0.0.1:" + port).get("/v3/api-docs/internal").body());
    }
}
