package dev.emporium.checkout.shipping;

import dev.emporium.checkout.address.Destination;

/**
 * Where a parcel goes, as the rate table sees it. The shop ships from the United States: {@code US} is domestic;
 * the 27 member states of the European Union are one zone; everything else (the United Kingdom, Switzerland,
 * Norway, Canada, US territories with their own country code such as PR...) is the rest of the world.
 */
public enum ShippingZone {
    DOMESTIC_US, EU, REST_OF_WORLD;

    public static ShippingZone of(Destination destination) {
        if (destination.inUnitedStates()) {
            return DOMESTIC_US;
        }
        return destination.inEuropeanUnion() ? EU : REST_OF_WORLD;
    }
}
