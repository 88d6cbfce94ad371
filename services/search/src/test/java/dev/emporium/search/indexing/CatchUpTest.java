package dev.emporium.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class CatchUpTest {

    static final TopicPartition P0 = new TopicPartition("catalog.products", 0);
    static final TopicPartition P1 = new TopicPartition("catalog.products", 1);

    final CatchUp catchUp = new CatchUp();
    final Map<TopicPartition, Long> positions = new HashMap<>(Map.of(P0, 0L, P1, 0L));

    @Test
    void isNotCaughtUpBeforeTheTopicWasLookedAt() {
        assertThat(catchUp.update(positions::get)).isFalse();
    }

    @Test
    void isCaughtUpOnlyWhenEveryPartitionReachedTheEndSeenAtStart() {
        catchUp.expect(Map.of(P0, 10L, P1, 5L));

        positions.put(P0, 10L);
        assertThat(catchUp.update(positions::get)).isFalse();
        positions.put(P1, 5L);
        assertThat(catchUp.update(positions::get)).isTrue();
    }

    @Test
    void staysCaughtUpWhenNewRecordsArriveAfterwards() {
        catchUp.expect(Map.of(P0, 0L, P1, 0L));
        assertThat(catchUp.update(positions::get)).isTrue();

        assertThat(catchUp.update(partition -> 0L)).isTrue();
        assertThat(catchUp.isCaughtUp()).isTrue();
    }

    @Test
    void isCaughtUpWhenTheTopicDoesNotExistYet() {
        catchUp.nothingToCatchUp();

        assertThat(catchUp.isCaughtUp()).isTrue();
    }

    @Test
    void catchesUpAgainAfterARebuildStarts() {
        catchUp.expect(Map.of(P0, 0L));
        catchUp.update(positions::get);

        catchUp.expect(Map.of(P0, 3L));

        assertThat(catchUp.isCaughtUp()).isFalse();
        positions.put(P0, 3L);
        assertThat(catchUp.update(positions::get)).isTrue();
    }
}
