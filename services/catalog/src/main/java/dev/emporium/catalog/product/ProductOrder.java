package dev.emporium.catalog.product;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A whole product list in its order, as ids packed in longs (16 bytes a product, 1.6 MB for 100,000), so any page is
 * a slice of it: page 500 costs what page 1 costs, with no OFFSET scan and no count per page.
 */
record ProductOrder(long[] packedIds) {

    int size() {
        return packedIds.length / 2;
    }

    /** Ids of the products from {@code offset}, at most {@code limit} of them; none past the end. */
    List<UUID> slice(long offset, int limit) {
        List<UUID> ids = new ArrayList<>(limit);
        for (long i = offset; i < size() && ids.size() < limit; i++) {
            int at = (int) i * 2;
            ids.add(new UUID(packedIds[at], packedIds[at + 1]));
        }
        return ids;
    }

    /** Bytes held, for the cache's bound. */
    int weight() {
        return 16 + packedIds.length * Long.BYTES;
    }

    /** Collects ids in the order they come. */
    static final class Builder {

        private long[] packed = new long[256];
        private int length;

        void add(UUID id) {
            if (length + 2 > packed.length) {
                packed = Arrays.copyOf(packed, packed.length * 2);
            }
            packed[length++] = id.getMostSignificantBits();
            packed[length++] = id.getLeastSignificantBits();
        }

        ProductOrder build() {
            return new ProductOrder(Arrays.copyOf(packed, length));
        }
    }
}
