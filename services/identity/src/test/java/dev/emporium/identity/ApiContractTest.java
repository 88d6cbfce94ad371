package dev.emporium.identity;

import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.apicontract.ApiContract;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The API identity serves is the contract committed in docs/api/identity.openapi.json (see ApiContract). */
@EmporiumServiceTest
class ApiContractTest {

    @LocalServerPort int port;

    @Test
    void servesTheCommittedApiContract() {
        ApiContract.of("identity").assertServes(new TestHttp("http://127.0.0.1:" + port).get("/v3/api-docs").body());
    }
}
