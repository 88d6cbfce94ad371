package dev.emporium.inventory.stock;

import dev.emporium.inventory.stock.StockViews.Availability;
import dev.emporium.inventory.stock.StockViews.AvailabilityList;
import dev.emporium.platform.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Availability", description = "What the shop may sell: available units per SKU, summed over the active locations.")
@RestController
@RequestMapping("/api/v1/inventory")
class StockController {

    static final int MAX_SKUS = 100;

    private final StockQueries queries;

    StockController(StockQueries queries) {
        this.queries = queries;
    }

    @Operation(operationId = "getAvailability", summary = "Get a SKU's availability",
            description = "Units available for sale (on hand minus reserved over the active locations) and whether it is in stock.")
    @ApiResponse(responseCode = "200", description = "The SKU's availability.")
    @GetMapping("/{sku}")
    Availability one(@Parameter(description = "The SKU.", example = "LINEN-SHIRT-M-WHITE") @PathVariable String sku) {
        return queries.availability(StockService.checkedSku("sku", sku)).orElseThrow(() -> ApiException.notFound("SKU"));
    }

    @Operation(operationId = "listAvailability", summary = "Get the availability of several SKUs",
            description = "Up to 100 SKUs at once, in the order asked (repeats once); a SKU inventory does not know has nothing available.")
    @ApiResponse(responseCode = "200", description = "The SKUs' availability.")
    @GetMapping
    AvailabilityList many(@Parameter(description = "Comma-separated SKUs, 1 to 100.", example = "LINEN-SHIRT-M-WHITE,LINEN-SHIRT-L-WHITE")
            @RequestParam(required = false) String skus) {
        if (skus == null || skus.isBlank()) {
            throw ApiException.invalidField("skus", "must name 1 to " + MAX_SKUS + " SKUs");
        }
        List<String> asked = new ArrayList<>(new LinkedHashSet<>(List.of(skus.split(",", -1))));
        if (asked.size() > MAX_SKUS) {
            throw ApiException.invalidField("skus", "must name 1 to " + MAX_SKUS + " SKUs");
        }
        asked.forEach(sku -> StockService.checkedSku("skus", sku));
        return new AvailabilityList(queries.availabilityOf(asked));
    }
}
