package dev.emporium.launcher.infra.kafka;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaBrokerTest {

    @Test
    void aSingleNodeKraftBrokerOnLoopback() throws Exception {
        Properties config = new Properties();
        config.load(new StringReader(KafkaBroker.serverProperties(Path.of("/tmp/x/kafka/data"), 19092, 19093)));

        assertThat(config)
                .containsEntry("process.roles", "broker,controller")
                .containsEntry("controller.quorum.voters", "1@127.0.0.1:19093")
                .containsEntry("listeners", "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093")
                .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:19092")
                .containsEntry("log.dirs", "/tmp/x/kafka/data")
                .containsEntry("auto.create.topics.enable", "false")
                .containsEntry("num.partitions", "3")
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1");
    }
}
