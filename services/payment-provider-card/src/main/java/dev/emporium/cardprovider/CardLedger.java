package dev.emporium.cardprovider;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The provider's cards, authorizations and refunds (schema {@code card_provider}). */
final class CardLedger {

    record Card(String token, String brand, String last4, int expMonth, int expYear, TestCards.Scenario scenario) {
    }

    record Authorization(String id, String token, BigDecimal amount, String currency, String status, BigDecimal captured,
            BigDecimal refunded, String reference, String returnUrl, Instant confirmationExpiresAt, TestCards.Scenario scenario) {
    }

    private static final String AUTHORIZATION = """
            SELECT a.id, a.token, a.amount, a.currency, a.status, a.captured, a.refunded, a.reference, a.return_url,
                   a.confirmation_expires_at, c.scenario
            FROM card_provider.card_authorization a JOIN card_provider.card c ON c.token = a.token WHERE a.id = :id""";

    private final JdbcClient jdbc;

    CardLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertCard(Card card, String fingerprint, Instant now) {
        jdbc.sql("""
                INSERT INTO card_provider.card (token, brand, last4, exp_month, exp_year, scenario, fingerprint, created_at)
                VALUES (:token, :brand, :last4, :expMonth, :expYear, :scenario, :fingerprint, :now)""")
                .param("token", card.token()).param("brand", card.brand()).param("last4", card.last4())
                .param("expMonth", card.expMonth()).param("expYear", card.expYear()).param("scenario", card.scenario().name())
                .param("fingerprint", fingerprint).param("now", Timestamp.from(now)).update();
    }

    Optional<Card> card(String token) {
        return jdbc.sql("SELECT token, brand, last4, exp_month, exp_year, scenario FROM card_provider.card WHERE token = :token")
                .param("token", token)
                .query((rs, row) -> new Card(rs.getString("token"), rs.getString("brand"), rs.getString("last4"),
                        rs.getInt("exp_month"), rs.getInt("exp_year"), TestCards.Scenario.valueOf(rs.getString("scenario"))))
                .optional();
    }

    void insertAuthorization(String id, String token, BigDecimal amount, String currency, String status, String declineCode,
            String reference, String returnUrl, Instant expiresAt, Instant now) {
        jdbc.sql("""
                INSERT INTO card_provider.card_authorization (id, token, amount, currency, status, decline_code, reference, return_url,
                                                         confirmation_expires_at, created_at)
                VALUES (:id, :token, :amount, :currency, :status, :code, :reference, :returnUrl, :expires, :now)""")
                .param("id", id).param("token", token).param("amount", amount).param("currency", currency).param("status", status)
                .param("code", declineCode).param("reference", reference).param("returnUrl", returnUrl)
                .param("expires", expiresAt == null ? null : Timestamp.from(expiresAt)).param("now", Timestamp.from(now)).update();
    }

    Optional<Authorization> find(String id) {
        return jdbc.sql(AUTHORIZATION).param("id", id).query(CardLedger::authorization).optional();
    }

    /** The authorization, locked until the transaction ends. */
    Optional<Authorization> lock(String id) {
        jdbc.sql("SELECT id FROM card_provider.card_authorization WHERE id = :id FOR UPDATE").param("id", id).query(String.class).optional();
        return find(id);
    }

    void setStatus(String id, String status, String declineCode) {
        jdbc.sql("UPDATE card_provider.card_authorization SET status = :status, decline_code = :code WHERE id = :id")
                .param("status", status).param("code", declineCode).param("id", id).update();
    }

    void capture(String id, BigDecimal amount) {
        jdbc.sql("UPDATE card_provider.card_authorization SET status = 'CAPTURED', captured = :amount WHERE id = :id")
                .param("amount", amount).param("id", id).update();
    }

    void refund(String refundId, String id, BigDecimal amount, Instant now) {
        jdbc.sql("INSERT INTO card_provider.refund (id, authorization_id, amount, created_at) VALUES (:refund, :id, :amount, :now)")
                .param("refund", refundId).param("id", id).param("amount", amount).param("now", Timestamp.from(now)).update();
        jdbc.sql("UPDATE card_provider.card_authorization SET refunded = refunded + :amount WHERE id = :id")
                .param("amount", amount).param("id", id).update();
    }

    private static Authorization authorization(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp expires = rs.getTimestamp("confirmation_expires_at");
        return new Authorization(rs.getString("id"), rs.getString("token"), rs.getBigDecimal("amount"), rs.getString("currency"),
                rs.getString("status"), rs.getBigDecimal("captured"), rs.getBigDecimal("refunded"), rs.getString("reference"),
                rs.getString("return_url"), expires == null ? null : expires.toInstant(),
                TestCards.Scenario.valueOf(rs.getString("scenario")));
    }
}
