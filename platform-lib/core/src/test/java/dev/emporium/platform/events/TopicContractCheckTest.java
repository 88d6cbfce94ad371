package dev.emporium.platform.events;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.emporium.contracts.Topic;
import dev.emporium.contracts.Topics;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A service's EventTopics and the contracts' TopicContracts say the same, or the service does not start. */
class TopicContractCheckTest {

    @Test
    void acceptsServicesThatDeclareWhatTheContractsSay() {
        assertThatCode(() -> {
            TopicContractCheck.verify("catalog", List.of(EventTopics.publishes(Topics.CATALOG_PRODUCTS)));
            TopicContractCheck.verify("search", List.of(EventTopics.consumes(Topics.CATALOG_PRODUCTS, Topics.INVENTORY_STOCK)));
        }).doesNotThrowAnyException();
    }

    @Test
    void acceptsATopicNoServiceConsumesYet() {
        assertThatCode(() -> TopicContractCheck.verify("inventory", List.of(EventTopics
                .publishes(Topics.INVENTORY_STOCK, Topics.INVENTORY_STOCK_ALERTS).andConsumes(Topics.CATALOG_PRODUCTS, Topics.ORDERS))))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesAPublisherThatLeavesOutItsAlertsTopic() {
        assertThatThrownBy(() -> TopicContractCheck.verify("inventory", List.of(
                EventTopics.publishes(Topics.INVENTORY_STOCK).andConsumes(Topics.CATALOG_PRODUCTS, Topics.ORDERS))))
                .hasMessageContaining("does not declare EventTopics.publishes(\"inventory.stock-alerts\")");
    }

    @Test
    void refusesToPublishATopicAnotherServiceOwns() {
        assertThatThrownBy(() -> TopicContractCheck.verify("search", List.of(
                EventTopics.publishes(Topics.CATALOG_PRODUCTS).andConsumes(Topics.CATALOG_PRODUCTS))))
                .hasMessageContaining("search publishes catalog.products, whose contract names catalog as its publisher");
    }

    @Test
    void refusesAConsumerTheContractDoesNotList() {
        assertThatThrownBy(() -> TopicContractCheck.verify("identity", List.of(
                EventTopics.publishes(Topics.IDENTITY_USERS).andConsumes(Topics.CATALOG_PRODUCTS))))
                .hasMessageContaining("identity consumes catalog.products, whose contract does not list it");
    }

    @Test
    void refusesAServiceThatLeavesOutATopicTheContractsGiveIt() {
        assertThatThrownBy(() -> TopicContractCheck.verify("catalog", List.of()))
                .hasMessageContaining("does not declare EventTopics.publishes(\"catalog.products\")");
    }

    @Test
    void refusesAReservedTopicWithoutAContract() {
        assertThatThrownBy(() -> TopicContractCheck.verify("checkout", List.of(EventTopics.publishes(Topics.CHECKOUT_EVENTS))))
                .hasMessageContaining("checkout publishes checkout.events, which has no TopicContract yet");
    }

    @Test
    void leavesTopicsOutsideTheContractsAlone() {
        Topic own = new Topic("some-test.topic", 1, false);
        assertThatCode(() -> TopicContractCheck.verify("some-test", List.of(EventTopics.of(List.of(own), List.of(own)))))
                .doesNotThrowAnyException();
    }
}
