package dev.emporium.inventory.reservation;

import dev.emporium.inventory.InventoryProperties;
import dev.emporium.inventory.reservation.Reservations.Allocation;
import dev.emporium.inventory.reservation.Reservations.Stored;
import dev.emporium.inventory.stock.MovementReason;
import dev.emporium.inventory.stock.StockEvents;
import dev.emporium.inventory.stock.StockLedger;
import dev.emporium.inventory.stock.StockRow;
import dev.emporium.inventory.stock.StockService;
import dev.emporium.platform.web.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reservations for checkout. Lock order, everywhere: the reservation row, then the stock rows of its SKUs in
 * (sku, location) order ({@link StockLedger#lock}), then the publisher's key locks in bucket order
 * ({@link StockEvents#publish}; a SKU's alert lock right after its state's). A transaction that waits therefore only
 * waits for one further along that order, so concurrent reservations, commits, releases, expiries and adjustments
 * never deadlock.
 */
@Service
public class ReservationService {

    public static final String INSUFFICIENT_STOCK = "INSUFFICIENT_STOCK";
    public static final String RESERVATION_ID_REUSED = "RESERVATION_ID_REUSED";
    public static final String RESERVATION_EXPIRED = "RESERVATION_EXPIRED";
    public static final String RESERVATION_RELEASED = "RESERVATION_RELEASED";
    public static final String RESERVATION_COMMITTED = "RESERVATION_COMMITTED";

    /** An expiry runs as inventory itself, not as a caller. */
    static final String EXPIRY_ACTOR = "inventory";

    private final Reservations reservations;
    private final StockLedger ledger;
    private final StockEvents events;
    private final InventoryProperties properties;
    private final Clock clock;

    ReservationService(Reservations reservations, StockLedger ledger, StockEvents events, InventoryProperties properties, Clock clock) {
        this.reservations = reservations;
        this.ledger = ledger;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** Holds every line or none; the same id with the same lines answers the reservation as it now is. */
    @Transactional
    public ReservationView reserve(ReservationRequest request, String actor) {
        SortedMap<String, Integer> lines = checkedLines(request);
        String linesKey = Reservations.linesKey(lines);
        Instant now = clock.instant();
        Duration ttl = request.ttlSeconds() == null ? properties.reservations().defaultTtl() : Duration.ofSeconds(request.ttlSeconds());
        if (ttl.compareTo(properties.reservations().maxTtl()) > 0) {
            throw ApiException.invalidField("ttlSeconds", "must be at most " + properties.reservations().maxTtl().toSeconds());
        }
        Stored reservation = new Stored(request.reservationId(), "RESERVED", linesKey, now.plus(ttl));
        if (!reservations.insertIfAbsent(reservation.id(), linesKey, reservation.expiresAt(), now, actor)) {
            Stored existing = reservations.find(reservation.id()).orElseThrow();
            if (!existing.lines().equals(linesKey)) {
                throw new ApiException(HttpStatus.CONFLICT, RESERVATION_ID_REUSED,
                        "Reservation " + reservation.id() + " exists with other lines");
            }
            return reservations.view(existing, existing.status());
        }
        List<Allocation> allocations = allocate(reservation.id(), lines, ledger.lock(lines.keySet()));
        for (Allocation allocation : allocations) {
            ledger.apply(allocation.sku(), allocation.locationId(), 0, allocation.quantity(), MovementReason.RESERVED, actor,
                    reservation.id().toString());
            reservations.allocate(allocation);
        }
        events.publish(lines.keySet());
        return reservations.view(reservation, "RESERVED");
    }

    /** The stock leaves: on hand and reserved drop together. Committing twice is harmless. */
    @Transactional
    public ReservationView commit(UUID id, String actor) {
        Stored reservation = reservations.lock(id).orElseThrow(() -> ApiException.notFound("Reservation"));
        switch (reservation.status()) {
            case "COMMITTED" -> {
                return reservations.view(reservation, "COMMITTED");
            }
            case "RELEASED" -> throw conflict(RESERVATION_RELEASED, "Reservation " + id + " was released");
            case "EXPIRED" -> throw conflict(RESERVATION_EXPIRED, "Reservation " + id + " expired");
            default -> {
                if (!reservation.expiresAt().isAfter(clock.instant())) {
                    // about to be released by the expiry task; committing now would sell units the shop already offers again
                    throw conflict(RESERVATION_EXPIRED, "Reservation " + id + " expired");
                }
            }
        }
        settle(List.of(id), true, MovementReason.COMMITTED, actor);
        reservations.close(List.of(id), "COMMITTED", clock.instant());
        return reservations.view(reservation, "COMMITTED");
    }

    /** The units are offered again. Releasing twice, or after expiry, is harmless. */
    @Transactional
    public ReservationView release(UUID id, String actor) {
        Stored reservation = reservations.lock(id).orElseThrow(() -> ApiException.notFound("Reservation"));
        switch (reservation.status()) {
            case "RELEASED", "EXPIRED" -> {
                return reservations.view(reservation, reservation.status());
            }
            case "COMMITTED" -> throw conflict(RESERVATION_COMMITTED, "Reservation " + id + " was committed");
            default -> {
            }
        }
        settle(List.of(id), false, MovementReason.RELEASED, actor);
        reservations.close(List.of(id), "RELEASED", clock.instant());
        return reservations.view(reservation, "RELEASED");
    }

    @Transactional(readOnly = true)
    public ReservationView get(UUID id) {
        Stored reservation = reservations.find(id).orElseThrow(() -> ApiException.notFound("Reservation"));
        return reservations.view(reservation, reservation.status());
    }

    /**
     * Releases up to {@code limit} expired reservations in one transaction. Replicas claim them with
     * {@code FOR UPDATE SKIP LOCKED}, so each is released by exactly one (and its status, checked under that lock,
     * stops a second release after the first commits).
     *
     * @return how many it released
     */
    @Transactional
    public int expireDue(int limit) {
        List<UUID> expired = reservations.claimExpired(clock.instant(), limit);
        if (!expired.isEmpty()) {
            settle(expired, false, MovementReason.EXPIRED, EXPIRY_ACTOR);
            reservations.close(expired, "EXPIRED", clock.instant());
        }
        return expired.size();
    }

    private void settle(List<UUID> ids, boolean commit, MovementReason reason, String actor) {
        List<Allocation> allocations = reservations.allocations(ids);
        TreeSet<String> skus = allocations.stream().map(Allocation::sku).collect(Collectors.toCollection(TreeSet::new));
        if (skus.isEmpty()) {
            return;
        }
        ledger.lock(skus);
        for (Allocation allocation : allocations) {
            ledger.apply(allocation.sku(), allocation.locationId(), commit ? -allocation.quantity() : 0, -allocation.quantity(),
                    reason, actor, allocation.reservationId().toString());
        }
        events.publish(skus);
    }

    /** Takes each line from the active locations by priority, splitting it where one location has too few. */
    private static List<Allocation> allocate(UUID id, SortedMap<String, Integer> lines, List<StockRow> rows) {
        Map<String, List<StockRow>> bySku = rows.stream().filter(StockRow::active)
                .sorted(Comparator.comparingInt(StockRow::priority).thenComparing(StockRow::locationCode))
                .collect(Collectors.groupingBy(StockRow::sku));
        List<Allocation> allocations = new ArrayList<>();
        List<Map<String, Object>> shortages = new ArrayList<>();
        lines.forEach((sku, quantity) -> {
            int remaining = quantity;
            List<StockRow> candidates = bySku.getOrDefault(sku, List.of());
            for (StockRow row : candidates) {
                int take = Math.min(remaining, row.available());
                if (take > 0) {
                    allocations.add(new Allocation(id, sku, row.locationId(), take));
                    remaining -= take;
                }
            }
            if (remaining > 0) {
                shortages.add(Map.of("sku", sku, "requested", quantity,
                        "available", candidates.stream().mapToInt(StockRow::available).sum()));
            }
        });
        if (!shortages.isEmpty()) {
            throw new ApiException(HttpStatus.CONFLICT, INSUFFICIENT_STOCK, "Not enough stock for " + shortages.size()
                    + " of the lines; nothing was reserved", Map.of("shortages", shortages));
        }
        return allocations;
    }

    private static SortedMap<String, Integer> checkedLines(ReservationRequest request) {
        SortedMap<String, Integer> lines = new TreeMap<>();
        for (int i = 0; i < request.lines().size(); i++) {
            ReservationRequest.Line line = request.lines().get(i);
            StockService.checkedSku("lines[" + i + "].sku", line.sku());
            if (lines.put(line.sku(), line.quantity()) != null) {
                throw ApiException.invalidField("lines[" + i + "].sku", "appears in more than one line");
            }
        }
        return lines;
    }

    private static ApiException conflict(String code, String detail) {
        return new ApiException(HttpStatus.CONFLICT, code, detail);
    }
}
