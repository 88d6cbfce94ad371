package dev.emporium.cart;

import dev.emporium.contracts.Topics;
import dev.emporium.testsupport.TestKafka;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reads what the cart published on {@code cart.events} (shared by all tests: filtered by what they mention). */
public final class CartEvents {

    private CartEvents() {
    }

    /** The events whose payload mentions {@code text}, read until {@code expected} of them arrived (or 30 s passed). */
    public static List<ConsumerRecord<String, byte[]>> mentioning(String text, int expected) {
        return matching(TestKafka.read(Topics.CART_EVENTS, Duration.ofSeconds(30), records -> matching(records, text).size() >= expected), text);
    }

    private static List<ConsumerRecord<String, byte[]>> matching(List<ConsumerRecord<String, byte[]>> records, String text) {
        return records.stream().filter(record -> record.value() != null && TestKafka.value(record).contains(text)).toList();
    }
}
