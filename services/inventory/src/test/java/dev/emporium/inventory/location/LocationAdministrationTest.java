package dev.emporium.inventory.location;

import static dev.emporium.inventory.InventoryApi.expect;
import static dev.emporium.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.inventory.InventoryApi;
import dev.emporium.testsupport.EmporiumServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@EmporiumServiceTest
class LocationAdministrationTest {

    @LocalServerPort int port;
    InventoryApi api;

    @BeforeEach
    void client() {
        api = new InventoryApi(port);
    }

    @Test
    void startsWithTheDefaultLocation() {
        assertThat(expect(200, api.asAdmin("GET", "/api/v1/admin/inventory/locations", null)).body()).contains("\"code\":\"default\"");
    }

    @Test
    void addsAWarehouse() {
        String id = api.addLocation(5);

        assertThat(expect(200, api.asAdmin("GET", "/api/v1/admin/inventory/locations", null)).body()).contains(id);
    }

    @Test
    void refusesASecondLocationWithTheSameCode() {
        String body = "{\"code\": \"twin\", \"name\": \"Twin\", \"country\": \"FR\", \"priority\": 1}";
        expect(201, api.asAdmin("POST", "/api/v1/admin/inventory/locations", body));

        assertProblem(api.asAdmin("POST", "/api/v1/admin/inventory/locations", body), 409, "LOCATION_CODE_TAKEN");
    }

    @Test
    void rejectsACountryThatIsNotACode() {
        assertProblem(api.asAdmin("POST", "/api/v1/admin/inventory/locations",
                "{\"code\": \"x\", \"name\": \"X\", \"country\": \"Germany\", \"priority\": 1}"), 400, "VALIDATION_FAILED");
    }
}
