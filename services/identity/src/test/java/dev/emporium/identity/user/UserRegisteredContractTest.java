package dev.emporium.identity.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.contracts.Topics;
import dev.emporium.identity.IdentityApi;
import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.TestKafka;
import dev.emporium.testsupport.events.EventContracts;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What identity really puts on Kafka is what docs/api/asyncapi.json says it publishes. */
@EmporiumServiceTest(properties = "emporium.identity.admin.password=" + IdentityApi.ADMIN_PASSWORD)
class UserRegisteredContractTest {

    @LocalServerPort int port;

    @Test
    void registrationEventFitsTheAsyncApiContract() {
        IdentityApi api = new IdentityApi(port);
        String userId = api.register(IdentityApi.uniqueEmail(), "correct horse battery", "Ada Lovelace").json().get("id").asString();

        ConsumerRecord<String, byte[]> event = TestKafka.read(Topics.IDENTITY_USERS, Duration.ofSeconds(20),
                read -> read.stream().anyMatch(r -> userId.equals(r.key())))
                .stream().filter(r -> userId.equals(r.key())).findFirst().orElseThrow();

        assertThat(TestKafka.header(event, "ce_type")).isEqualTo("emporium.identity.user-registered.v1");
        EventContracts.assertConforms(event);
    }
}
