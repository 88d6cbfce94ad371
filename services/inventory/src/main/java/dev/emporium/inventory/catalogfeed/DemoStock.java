package dev.emporium.inventory.catalogfeed;

/**
 * Believable stock for the demo shop, a fixed function of the SKU so every start gives the same picture: about one
 * SKU in ten sold out, one in seven low (1 to 4 units, under the default threshold of 5), the rest 8 to 150 units.
 */
final class DemoStock {

    private DemoStock() {
    }

    static int unitsFor(String sku) {
        int hash = Math.floorMod(sku.hashCode() * 0x9E3779B1, 1000);
        if (hash < 100) {
            return 0;
        }
        if (hash < 240) {
            return 1 + hash % 4;
        }
        return 8 + hash % 143;
    }
}
