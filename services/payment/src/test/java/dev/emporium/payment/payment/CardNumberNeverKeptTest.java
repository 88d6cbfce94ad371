package dev.emporium.payment.payment;

import static dev.emporium.payment.PaymentApi.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.payment.PaymentApi;
import dev.emporium.testsupport.EmporiumServiceTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** After payments of every kind, no full card number is in the logs nor in any table of the service's database. */
@EmporiumServiceTest(properties = "logging.level.dev.emporium=DEBUG")
@ExtendWith(OutputCaptureExtension.class)
class CardNumberNeverKeptTest {

    static final List<String> CARDS = List.of(PaymentApi.APPROVED, PaymentApi.DECLINED, PaymentApi.INSUFFICIENT_FUNDS,
            PaymentApi.DISPUTED, PaymentApi.NEEDS_CONFIRMATION, "4242424242424241");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @Test
    void keepsNoCardNumberInTheLogsOrTheDatabase(CapturedOutput output) {
        PaymentApi api = new PaymentApi(port);
        for (String card : CARDS) {
            UUID id = UUID.randomUUID();
            expect(200, api.authorize(id, "10.00", card));
            api.capture(id, UUID.randomUUID());
            api.authorize(id, "11.00", card); // a reuse: refused, with the number in the request again
        }

        String dump = String.join("\n", jdbc.sql("""
                SELECT table_schema || '.' || table_name FROM information_schema.tables
                WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_type = 'BASE TABLE'""")
                .query(String.class).list().stream()
                .map(table -> String.join("\n", jdbc.sql("SELECT CAST(row_to_json(t) AS text) FROM " + table + " t").query(String.class).list()))
                .toList());
        assertThat(dump).contains("4242"); // the dump is real: last four digits are kept
        for (String card : CARDS) {
            assertThat(dump).doesNotContain(card);
            assertThat(output.getAll()).doesNotContain(card);
        }
    }
}
