package dev.emporium.checkout;

import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.apicontract.ApiContract;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The API checkout serves is the contract committed in docs/api/checkout.openapi.json (see ApiContract). */
@CheckoutServiceTest
class ApiContractTest {

    @LocalServerPort int port;

    @Test
    void servesTheCommittedApiContract() {
        ApiContract.of("checkout").assertServes(new TestHttp("http://127.0.0.1:" + port).get("/v3/api-docs").body());
    }
}
