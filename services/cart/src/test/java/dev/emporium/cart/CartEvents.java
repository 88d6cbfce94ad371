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

    /**
     * The events mentioning {@code text} among all read until, for each of {@code last}, an event mentioning it
     * arrived (or 30 s passed). An event sent after the others of its cart comes after them (one key, one partition),
     * so once it is read, nothing of that cart written before it can still arrive.
     */
    public static List<ConsumerRecord<String, byte[]>> mentioningUpTo(String text, List<String> last) {
        return matching(TestKafka.read(Topics.CART_EVENTS, Duration.ofSeconds(30),
                records -> last.stream().allMatch(marker -> !matching(records, marker).isEmpty())), text);
    }

    private static List<ConsumerRecord<String, byte[]>> matching(List<ConsumerRecord<String, byte[]>> records, String text) {
        return records.stream().filter(record -> record.value() != null && TestKafka.value(record).contains(text)).toList();
    }
}
