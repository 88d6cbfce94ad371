package dev.emporium.inventory.stock;

import dev.emporium.inventory.location.Location;
import dev.emporium.inventory.location.Locations;
import dev.emporium.platform.web.ApiException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins set and adjust stock; every change is a movement and a new state on {@code inventory.stock}. */
@Service
public class StockService {

    /** The catalog's SKU syntax. */
    private static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    public static final String STOCK_BELOW_RESERVED = "STOCK_BELOW_RESERVED";

    private final StockLedger ledger;
    private final StockEvents events;
    private final Locations locations;

    StockService(StockLedger ledger, StockEvents events, Locations locations) {
        this.ledger = ledger;
        this.events = events;
        this.locations = locations;
    }

    /** A SKU from a path or query: the catalog's syntax, else 400 naming the field. */
    public static String checkedSku(String field, String sku) {
        if (sku == null || !SKU.matcher(sku).matches()) {
            throw ApiException.invalidField(field, "must be 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit");
        }
        return sku;
    }

    @Transactional
    public void set(String sku, StockRequests.SetStock request, String actor) {
        Location location = locations.resolve(request.locationId());
        StockRow row = ledger.lockOne(checkedSku("sku", sku), location.id());
        change(row, request.onHand() - row.onHand(), MovementReason.STOCK_SET, actor, null);
        if (request.lowStockThreshold() != null) {
            events.publishWithThreshold(sku, request.lowStockThreshold());
        } else {
            events.publish(List.of(sku));
        }
    }

    @Transactional
    public void adjust(String sku, StockRequests.Adjustment request, String actor) {
        if (request.delta() == 0) {
            throw ApiException.invalidField("delta", "must not be 0");
        }
        Location location = locations.resolve(request.locationId());
        StockRow row = ledger.lockOne(checkedSku("sku", sku), location.id());
        change(row, request.delta(), request.reason().movement(), actor, request.reference());
        events.publish(List.of(sku));
    }

    private void change(StockRow row, long delta, MovementReason reason, String actor, String reference) {
        long onHand = row.onHand() + delta;
        if (onHand < row.reserved()) {
            throw new ApiException(HttpStatus.CONFLICT, STOCK_BELOW_RESERVED,
                    "On hand cannot go below the " + row.reserved() + " units reserved at this location",
                    Map.of("onHand", row.onHand(), "reserved", row.reserved()));
        }
        if (onHand > StockRequests.MAX_UNITS) {
            throw ApiException.invalidField("delta", "would take on hand over " + StockRequests.MAX_UNITS);
        }
        if (delta != 0) {
            ledger.apply(row.sku(), row.locationId(), (int) delta, 0, reason, actor, reference);
        }
    }
}
