package dev.emporium.payment;

import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.apicontract.ApiContract;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The APIs payment serves are the contracts committed in docs/api (payment.openapi.json, payment.internal.openapi.json). */
@EmporiumServiceTest
class ApiContractTest {

    @LocalServerPort int port;

    @Test
    void servesTheCommittedApiContract() {
        ApiContract.of("payment").assertServes(new TestHttp("http://127.0.0.1:" + port).get("/v3/api-docs").body());
    }

    @Test
    void servesTheCommittedInternalApiContract() {
        ApiContract.internalOf("payment").assertServes(new TestHttp("http://127.0.0.1:" + port).get("/v3/api-docs/internal").body());
    }
}
