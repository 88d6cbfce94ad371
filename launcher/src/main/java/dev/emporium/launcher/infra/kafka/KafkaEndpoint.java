package dev.emporium.launcher.infra.kafka;

/** The Kafka bootstrap servers, and whether the launcher runs that broker itself. */
public record KafkaEndpoint(String bootstrapServers, boolean embedded) {

    public static KafkaEndpoint embedded(int port) {
        return new KafkaEndpoint("127.0.0.1:" + port, true);
    }
}
