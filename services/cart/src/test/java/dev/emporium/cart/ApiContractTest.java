package dev.emporium.cart;

import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.apicontract.ApiContract;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The API cart serves is the contract committed in docs/api/cart.openapi.json (see ApiContract). */
@CartServiceTest
class ApiContractTest {

    @LocalServerPort int port;

    @Test
    void servesTheCommittedApiContract() {
        ApiContract.of("cart").assertServes(new TestHttp("http://127.0.0.1:" + port).get("/v3/api-docs").body());
    }
}
