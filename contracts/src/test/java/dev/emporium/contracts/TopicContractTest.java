package dev.emporium.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.emporium.contracts.catalog.ProductChangedV1;
import dev.emporium.contracts.identity.UserRegisteredV1;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicContractTest {

    @Test
    void refusesAKeyTheEventsDoNotCarry() {
        assertThatThrownBy(() -> new TopicContract(Topics.IDENTITY_USERS, "orderId", "identity", List.of(),
                List.of(UserRegisteredV1.class)))
                .hasMessageContaining("has no orderId, the key of identity.users");
    }

    @Test
    void refusesARecordThatIsNoEventType() {
        assertThatThrownBy(() -> new TopicContract(Topics.CATALOG_PRODUCTS, "sku", "catalog", List.of(),
                List.of(ProductChangedV1.Variant.class)))
                .hasMessageContaining("has no @EventType");
    }

    @Test
    void leavesReservedTopicsWithoutAContract() {
        assertThat(Topics.contractOf(Topics.CHECKOUT_EVENTS)).isEmpty();
        assertThat(Topics.contractOf(Topics.CATALOG_PRODUCTS)).get().extracting(TopicContract::publisher).isEqualTo("catalog");
    }
}
