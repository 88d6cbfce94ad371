package dev.emporium.inventory.catalogfeed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DemoStockTest {

    @Test
    void soldOutLowAndPlentifulSkusAllOccurInTheDemoShop() {
        int[] units = IntStream.rangeClosed(1, 520).mapToObj(i -> "TEE-%06d-M".formatted(i)).mapToInt(DemoStock::unitsFor).toArray();

        assertThat(IntStream.of(units).filter(u -> u == 0).count()).as("sold out").isBetween(20L, 90L);
        assertThat(IntStream.of(units).filter(u -> u > 0 && u < 5).count()).as("low").isBetween(30L, 120L);
        assertThat(IntStream.of(units).filter(u -> u >= 8).count()).as("plenty").isGreaterThan(300L);
    }
}
