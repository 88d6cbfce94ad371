package dev.emporium.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.catalog.CatalogApi;
import dev.emporium.contracts.Topics;
import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.TestKafka;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Repricing after a rate-table change republishes every product while admins keep editing: no edit may be
 * overtaken on the compacted topic by the state the repricing read before it.
 */
@EmporiumServiceTest
class RateTableRepricingTest {

    private static final int PRODUCTS = 40;
    private static final int ROUNDS = 4;
    private static final int EDITORS = 4;

    @LocalServerPort int port;
    @Autowired RateTableChange rateTableChange;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    @Test
    void leavesEveryProductsLatestEditLastOnTheTopicWhileRepricingRunsAlongside() throws Exception {
        CatalogApi api = new CatalogApi(port);
        String category = api.createCategory("Lamps " + CatalogApi.uniqueSku(), null);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < PRODUCTS; i++) {
            TestHttp.Response created = api.asAdmin("POST", "/api/v1/admin/products",
                    CatalogApi.product("Lamp " + i, category, CatalogApi.uniqueSku(), "ACTIVE", "29.99"));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            ids.add(created.json().get("id").asString());
        }

        ExecutorService pool = Executors.newFixedThreadPool(EDITORS + 1);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                jdbc.sql("UPDATE pricing_state SET rates_hash = 'an earlier rate table' WHERE id = 1").update();
                List<Future<?>> running = new ArrayList<>();
                running.add(pool.submit(() -> rateTableChange.run(null)));
                for (int editor = 0; editor < EDITORS; editor++) {
                    int seed = round * EDITORS + editor;
                    running.add(pool.submit(() -> editSome(api, ids, seed)));
                }
                for (Future<?> task : running) {
                    task.get();
                }
            }
        } finally {
            pool.shutdownNow();
        }

        Map<String, Long> versions = new HashMap<>();
        for (String id : ids) {
            versions.put(id, jdbc.sql("SELECT version FROM product WHERE id = :id::uuid").param("id", id).query(Long.class).single());
        }
        List<ConsumerRecord<String, byte[]>> records = TestKafka.read(Topics.CATALOG_PRODUCTS, Duration.ofSeconds(60),
                read -> ids.stream().allMatch(id -> versionOf(lastFor(read, id)) == versions.get(id)));
        for (String id : ids) {
            assertThat(versionOf(lastFor(records, id))).as("last version of %s on the topic", id).isEqualTo(versions.get(id));
        }
    }

    private void editSome(CatalogApi api, List<String> ids, int seed) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < PRODUCTS / 2; i++) {
            String id = ids.get(random.nextInt(ids.size()));
            TestHttp.Response current = api.asAdmin("GET", "/api/v1/products/" + id, null);
            long version = current.json().get("version").asLong();
            TestHttp.Response edited = api.asAdmin("PATCH", "/api/v1/admin/products/" + id,
                    "{\"name\": \"Lamp edit " + seed + "-" + i + "\"}", "If-Match", "\"" + version + "\"");
            assertThat(edited.status()).as(edited.body()).isIn(200, 412);
        }
    }

    private static ConsumerRecord<String, byte[]> lastFor(List<ConsumerRecord<String, byte[]>> records, String id) {
        ConsumerRecord<String, byte[]> last = null;
        for (ConsumerRecord<String, byte[]> record : records) {
            if (id.equals(record.key())) {
                last = record;
            }
        }
        return last;
    }

    private long versionOf(ConsumerRecord<String, byte[]> record) {
        if (record == null) {
            return -1;
        }
        JsonNode event = json.readTree(TestKafka.value(record));
        return event.get("version").asLong();
    }
}
