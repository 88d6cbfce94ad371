package dev.emporium.inventory.location;

import dev.emporium.platform.openapi.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Locations (admin)", description = "Warehouses and stores that hold stock. A new shop has one, `default`.")
@RestController
@RequestMapping("/api/v1/admin/inventory/locations")
class LocationAdminController {

    private final Locations locations;

    LocationAdminController(Locations locations) {
        this.locations = locations;
    }

    @Operation(operationId = "listLocations", summary = "List locations",
            description = "Every location, active or not, in reservation order (priority, then code).")
    @ApiResponse(responseCode = "200", description = "The locations.")
    @GetMapping
    List<Location> list() {
        return locations.all();
    }

    @Operation(operationId = "createLocation", summary = "Add a location",
            description = "Adds a warehouse or store. Reservations take stock from active locations, lowest priority number first.")
    @ApiResponse(responseCode = "201", description = "Created; `Location` is its address in the list.",
            headers = @Header(name = "Location", description = "The locations list.", schema = @Schema(type = "string")))
    @ApiProblem(status = 409, codes = "LOCATION_CODE_TAKEN", when = "another location already has the code")
    @PostMapping
    ResponseEntity<Location> create(@Valid @RequestBody LocationRequest request) {
        Location location = locations.create(request);
        return ResponseEntity.created(URI.create("/api/v1/admin/inventory/locations")).body(location);
    }
}
