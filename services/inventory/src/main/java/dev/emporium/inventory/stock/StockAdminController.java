package dev.emporium.inventory.stock;

import dev.emporium.inventory.stock.StockViews.LowStock;
import dev.emporium.inventory.stock.StockViews.Movement;
import dev.emporium.inventory.stock.StockViews.StockDetail;
import dev.emporium.platform.openapi.ApiProblem;
import dev.emporium.platform.web.ApiException;
import dev.emporium.platform.web.PageQuery;
import dev.emporium.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Stock (admin)", description = "Admins set and adjust stock per location; every change is a movement in an append-only log.")
@RestController
@RequestMapping("/api/v1/admin/inventory")
class StockAdminController {

    private final StockService stock;
    private final StockQueries queries;

    StockAdminController(StockService stock, StockQueries queries) {
        this.stock = stock;
        this.queries = queries;
    }

    @Operation(operationId = "listLowStock", summary = "List SKUs low on stock",
            description = "SKUs whose available units (over the active locations) are at or under their threshold, fewest first. Sold-out SKUs are included.")
    @ApiResponse(responseCode = "200", description = "A page of SKUs low on stock.")
    @GetMapping("/low-stock")
    PageResponse<LowStock> lowStock(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queries.lowStock(PageQuery.of(page, size));
    }

    @Operation(operationId = "getStock", summary = "Get a SKU's stock",
            description = "On hand, reserved and available in total and per location, and the low-stock threshold.")
    @ApiResponse(responseCode = "200", description = "The SKU's stock.")
    @GetMapping("/{sku}")
    StockDetail get(@Parameter(description = "The SKU.", example = "LINEN-SHIRT-M-WHITE") @PathVariable String sku) {
        return queries.detail(StockService.checkedSku("sku", sku)).orElseThrow(() -> ApiException.notFound("SKU"));
    }

    @Operation(operationId = "setStock", summary = "Set a SKU's stock",
            description = "Sets the units on hand at a location (the `default` one unless `locationId` says otherwise), "
                    + "recorded as a STOCK_SET movement, and optionally the SKU's low-stock threshold. A SKU the catalog has "
                    + "not announced yet is registered. Publishes the SKU's availability to `inventory.stock`.")
    @ApiResponse(responseCode = "200", description = "The SKU's stock after the change.")
    @ApiProblem(status = 409, codes = StockService.STOCK_BELOW_RESERVED, when = "on hand would be below the units reserved at the location")
    @PutMapping("/{sku}")
    StockDetail set(@Parameter(description = "The SKU.", example = "LINEN-SHIRT-M-WHITE") @PathVariable String sku,
            @Valid @RequestBody StockRequests.SetStock request, Authentication caller) {
        stock.set(sku, request, caller.getName());
        return queries.detail(sku).orElseThrow();
    }

    @Operation(operationId = "adjustStock", summary = "Adjust a SKU's stock",
            description = "Adds or removes units at a location (the `default` one unless `locationId` says otherwise) with a "
                    + "reason, recorded as a movement. Publishes the SKU's availability to `inventory.stock`.")
    @ApiResponse(responseCode = "200", description = "The SKU's stock after the adjustment.")
    @ApiProblem(status = 409, codes = StockService.STOCK_BELOW_RESERVED, when = "on hand would go below the units reserved at the location")
    @PostMapping("/{sku}/adjustments")
    StockDetail adjust(@Parameter(description = "The SKU.", example = "LINEN-SHIRT-M-WHITE") @PathVariable String sku,
            @Valid @RequestBody StockRequests.Adjustment request, Authentication caller) {
        stock.adjust(sku, request, caller.getName());
        return queries.detail(sku).orElseThrow();
    }

    @Operation(operationId = "listStockMovements", summary = "List a SKU's movements",
            description = "Every change of the SKU's stock, newest first: who, why, where and the figures after it.")
    @ApiResponse(responseCode = "200", description = "A page of movements.")
    @GetMapping("/{sku}/movements")
    PageResponse<Movement> movements(@Parameter(description = "The SKU.", example = "LINEN-SHIRT-M-WHITE") @PathVariable String sku,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        String checked = StockService.checkedSku("sku", sku);
        PageQuery query = PageQuery.of(page, size);
        queries.detail(checked).orElseThrow(() -> ApiException.notFound("SKU"));
        return queries.movements(checked, query);
    }
}
