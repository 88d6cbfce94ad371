package dev.emporium.payment.payment;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The payment and payment_operation tables. */
@Repository
public class Payments {

    private static final String COLUMNS = """
            id, status, tombstone, provider, provider_payment_id, customer_id, reference, order_id, amount, currency,
            captured_amount, refunded_amount, disputed_amount, card_token, card_brand, card_last4, card_exp_month,
            card_exp_year, return_url, request_fingerprint, decline_code, next_action_url, void_requested, created_at""";

    private final JdbcClient jdbc;

    Payments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts unless the id exists; a concurrent insert of the same id waits here for the other to end. */
    boolean insertIfAbsent(PaymentRow p, Instant now) {
        return jdbc.sql("""
                INSERT INTO payment (id, status, provider, customer_id, reference, amount, currency, card_token, card_brand,
                                     card_last4, card_exp_month, card_exp_year, return_url, request_fingerprint, decline_code,
                                     created_at, updated_at)
                VALUES (:id, :status, :provider, :customer, :reference, :amount, :currency, :token, :brand, :last4, :expMonth,
                        :expYear, :returnUrl, :fingerprint, :declineCode, :now, :now)
                ON CONFLICT (id) DO NOTHING""")
                .param("id", p.id()).param("status", p.status()).param("provider", p.provider()).param("customer", p.customerId())
                .param("reference", p.reference()).param("amount", p.amount()).param("currency", p.currency())
                .param("token", p.cardToken()).param("brand", p.cardBrand()).param("last4", p.cardLast4())
                .param("expMonth", p.cardExpMonth()).param("expYear", p.cardExpYear()).param("returnUrl", p.returnUrl())
                .param("fingerprint", p.requestFingerprint()).param("declineCode", p.declineCode())
                .param("now", Timestamp.from(now)).update() == 1;
    }

    /** A void for an id no authorization has reached yet: a late authorization finds it and charges nothing. */
    boolean insertTombstone(UUID id, Instant now) {
        return jdbc.sql("""
                INSERT INTO payment (id, status, tombstone, created_at, updated_at) VALUES (:id, 'VOIDED', true, :now, :now)
                ON CONFLICT (id) DO NOTHING""").param("id", id).param("now", Timestamp.from(now)).update() == 1;
    }

    public Optional<PaymentRow> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payment WHERE id = :id").param("id", id).query(PaymentRow.class).optional();
    }

    /** The payment, locked until the transaction ends: every change of a payment takes this lock first. */
    Optional<PaymentRow> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payment WHERE id = :id FOR UPDATE").param("id", id).query(PaymentRow.class).optional();
    }

    public Optional<UUID> idOfProviderPayment(String provider, String providerPaymentId) {
        return jdbc.sql("SELECT id FROM payment WHERE provider = :provider AND provider_payment_id = :ppid")
                .param("provider", provider).param("ppid", providerPaymentId).query(UUID.class).optional();
    }

    void update(UUID id, String status, String providerPaymentId, String declineCode, String nextActionUrl, Instant now) {
        jdbc.sql("""
                UPDATE payment SET status = :status, provider_payment_id = COALESCE(:ppid, provider_payment_id),
                       decline_code = :code, next_action_url = :next, updated_at = :now WHERE id = :id""")
                .param("status", status).param("ppid", providerPaymentId).param("code", declineCode).param("next", nextActionUrl)
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    void setAmounts(UUID id, String status, BigDecimal captured, BigDecimal refunded, Instant now) {
        jdbc.sql("""
                UPDATE payment SET status = :status, captured_amount = :captured, refunded_amount = :refunded, updated_at = :now
                WHERE id = :id""")
                .param("status", status).param("captured", captured).param("refunded", refunded)
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    void addDispute(UUID id, BigDecimal amount, Instant now) {
        jdbc.sql("UPDATE payment SET disputed_amount = disputed_amount + :amount, updated_at = :now WHERE id = :id")
                .param("amount", amount).param("now", Timestamp.from(now)).param("id", id).update();
    }

    void requestVoid(UUID id) {
        jdbc.sql("UPDATE payment SET void_requested = true WHERE id = :id").param("id", id).update();
    }

    void attachOrder(UUID id, UUID orderId) {
        jdbc.sql("UPDATE payment SET order_id = COALESCE(order_id, :order) WHERE id = :id").param("order", orderId).param("id", id).update();
    }

    /** Records an operation PENDING (not yet asked, or asked without an answer); false when its key exists. */
    boolean insertOperation(UUID paymentId, String type, String status, BigDecimal amount, String key, UUID refundId,
            String providerReference, String code, Instant nextAttempt, Instant now) {
        return jdbc.sql("""
                INSERT INTO payment_operation (payment_id, type, status, amount, idempotency_key, refund_id, provider_reference,
                                               code, next_attempt_at, created_at, completed_at)
                VALUES (:payment, :type, :status, :amount, :key, :refund, :ref, :code, :next, :now,
                        CASE WHEN :status = 'PENDING' THEN NULL ELSE CAST(:now AS timestamptz) END)
                ON CONFLICT (idempotency_key) DO NOTHING""")
                .param("payment", paymentId).param("type", type).param("status", status).param("amount", amount).param("key", key)
                .param("refund", refundId).param("ref", providerReference).param("code", code)
                .param("next", nextAttempt == null ? null : Timestamp.from(nextAttempt)).param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** Sets the outcome of a PENDING operation; false when it already had one (another request or a webhook recorded it). */
    boolean complete(String key, String status, String providerReference, String code, Instant now) {
        return jdbc.sql("""
                UPDATE payment_operation SET status = :status, provider_reference = COALESCE(:ref, provider_reference), code = :code,
                       completed_at = :now, next_attempt_at = NULL
                WHERE idempotency_key = :key AND status IN ('PENDING', 'REQUIRES_ACTION')""")
                .param("status", status).param("ref", providerReference).param("code", code).param("now", Timestamp.from(now))
                .param("key", key).update() == 1;
    }

    Optional<Operation> operation(String key) {
        return jdbc.sql("SELECT * FROM payment_operation WHERE idempotency_key = :key").param("key", key).query(Operation.class).optional();
    }

    Optional<Operation> refundOperation(UUID refundId) {
        return jdbc.sql("SELECT * FROM payment_operation WHERE refund_id = :refund").param("refund", refundId).query(Operation.class).optional();
    }

    List<Operation> operations(UUID paymentId) {
        return jdbc.sql("SELECT * FROM payment_operation WHERE payment_id = :id ORDER BY id").param("id", paymentId)
                .query(Operation.class).list();
    }

    /** Refunds asked of the provider whose answer is not known yet: they count against what may still be refunded. */
    BigDecimal pendingRefunds(UUID paymentId) {
        return jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM payment_operation WHERE payment_id = :id AND type = 'REFUND' AND status = 'PENDING'")
                .param("id", paymentId).query(BigDecimal.class).single();
    }

    /**
     * Claims up to {@code limit} PENDING operations due for another try, pushing their next try {@code lease} ahead:
     * replicas skip the ones another is claiming.
     */
    List<Operation> claimDue(Instant now, java.time.Duration lease, int limit) {
        return jdbc.sql("""
                UPDATE payment_operation SET attempts = attempts + 1, next_attempt_at = :next
                WHERE id IN (SELECT id FROM payment_operation WHERE status = 'PENDING' AND next_attempt_at <= :now
                             ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                RETURNING *""")
                .param("now", Timestamp.from(now)).param("next", Timestamp.from(now.plus(lease))).param("limit", limit)
                .query(Operation.class).list();
    }

    List<PaymentRow> byOrder(UUID orderId, int limit, long offset) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payment WHERE (CAST(:order AS uuid) IS NULL OR order_id = :order) "
                + "ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
                .param("order", orderId).param("limit", limit).param("offset", offset).query(PaymentRow.class).list();
    }

    long countByOrder(UUID orderId) {
        return jdbc.sql("SELECT COUNT(*) FROM payment WHERE (CAST(:order AS uuid) IS NULL OR order_id = :order)")
                .param("order", orderId).query(Long.class).single();
    }
}
