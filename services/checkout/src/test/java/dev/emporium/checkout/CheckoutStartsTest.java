package dev.emporium.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.TestHttp;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Checkout on a fresh database of its own: migrated, and ready to serve. */
@EmporiumServiceTest
class CheckoutStartsTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @Test
    void migratesItsOwnSchemaAndBecomesReady() {
        assertThat(new TestHttp("http://127.0.0.1:" + port).get("/actuator/health/readiness").status()).isEqualTo(200);
        List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1")
                .query(String.class).list();
        assertThat(tables).contains("catalog_product", "catalog_sku", "catalog_sku_price", "checkout", "checkout_step");
    }

    @Test
    void refusesAFailedCheckoutWithoutAProblemAndASecondCheckoutForTheSameKey() {
        UUID customer = UUID.randomUUID();
        byte[] key = new byte[32];
        assertThatThrownBy(() -> insert(customer, key, "FAILED", null)).isInstanceOf(DataIntegrityViolationException.class);
        insert(customer, key, "FAILED", "{\"code\": \"PAYMENT_DECLINED\"}");
        assertThatThrownBy(() -> insert(customer, key, "PROCESSING", null)).isInstanceOf(DataIntegrityViolationException.class);
        insert(UUID.randomUUID(), key, "PROCESSING", null); // the key is the customer's own
    }

    private void insert(UUID customer, byte[] keyHash, String status, String problem) {
        jdbc.sql("""
                INSERT INTO checkout (id, customer_id, idempotency_key_hash, request_fingerprint, status, step, problem,
                                      created_at, updated_at)
                VALUES (:id, :customer, :key, :fingerprint, :status, 'STARTED', CAST(:problem AS jsonb), now(), now())""")
                .param("id", UUID.randomUUID()).param("customer", customer).param("key", keyHash)
                .param("fingerprint", new byte[32]).param("status", status).param("problem", problem).update();
    }
}
