package dev.emporium.inventory;

import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.apicontract.ApiContract;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The APIs inventory serves are the contracts committed in docs/api: the public one in inventory.openapi.json, the
 * reservations other services call in inventory.internal.openapi.json (see ApiContract).
 */
@EmporiumServiceTest
class ApiContractTest {

    @LocalServerPort int port;

    @Test
    void servesTheCommittedApiContract() {
        ApiContract.of("inventory").assertServes(new TestHttp("http://127.0.0.1:" + port).get("/v3/api-docs").body());
    }

    @Test
    void servesTheCommittedInternalApiContract() {
        ApiContract.internalOf("inventory").assertServes(new TestHttp("http://127.0.0.1:" + port).get("/v3/api-docs/internal").body());
    }
}
