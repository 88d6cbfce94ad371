package dev.emporium.identity.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Opaque refresh tokens: 256 random bits for the client, only their SHA-256 in the database. */
@Repository
class RefreshTokens {

    enum Status { ACTIVE, SPENT, REVOKED }

    record StoredToken(String hash, UUID familyId, UUID userId, Status status, Instant expiresAt,
            Instant familyStartedAt) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    RefreshTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new active token in the family and returns the token itself (shown to the client once). */
    String issue(UUID familyId, Instant familyStartedAt, UUID userId, Instant now, Instant expiresAt) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("""
                INSERT INTO refresh_token (token_hash, family_id, family_started_at, user_id, status, issued_at, expires_at)
                VALUES (:hash, :family, :familyStarted, :user, 'ACTIVE', :now, :expires)""")
                .param("hash", hash(token)).param("family", familyId)
                .param("familyStarted", Timestamp.from(familyStartedAt)).param("user", userId)
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(expiresAt))
                .update();
        return token;
    }

    /** Finds and locks the token's row, so two concurrent refreshes with one token cannot both succeed. */
    Optional<StoredToken> findForUpdate(String token) {
        return jdbc.sql("SELECT token_hash, family_id, user_id, status, expires_at, family_started_at FROM refresh_token WHERE token_hash = :hash FOR UPDATE")
                .param("hash", hash(token))
                .query((rs, n) -> new StoredToken(rs.getString("token_hash"), rs.getObject("family_id", UUID.class),
                        rs.getObject("user_id", UUID.class), Status.valueOf(rs.getString("status")),
                        rs.getTimestamp("expires_at").toInstant(), rs.getTimestamp("family_started_at").toInstant()))
                .optional();
    }

    void spend(String hash, Instant now) {
        jdbc.sql("UPDATE refresh_token SET status = 'SPENT', closed_at = :now WHERE token_hash = :hash AND status = 'ACTIVE'")
                .param("hash", hash).param("now", Timestamp.from(now)).update();
    }

    int revokeFamily(UUID familyId, Instant now) {
        return jdbc.sql("""
                UPDATE refresh_token SET status = 'REVOKED', closed_at = coalesce(closed_at, :now)
                WHERE family_id = :family AND status <> 'REVOKED'""")
                .param("family", familyId).param("now", Timestamp.from(now)).update();
    }

    int revokeFamily(UUID familyId, UUID userId, Instant now) {
        return jdbc.sql("""
                UPDATE refresh_token SET status = 'REVOKED', closed_at = coalesce(closed_at, :now)
                WHERE family_id = :family AND user_id = :user AND status <> 'REVOKED'""")
                .param("family", familyId).param("user", userId).param("now", Timestamp.from(now)).update();
    }

    /**
     * Deletes one batch of expired tokens and of spent or revoked ones closed before {@code closedBefore} (a replay
     * of those is then merely an unknown token). SKIP LOCKED lets replicas purge side by side without waiting.
     */
    int purge(Instant now, Instant closedBefore, int batchSize) {
        return jdbc.sql("""
                DELETE FROM refresh_token WHERE token_hash IN (
                    SELECT token_hash FROM refresh_token WHERE expires_at < :now OR closed_at < :closedBefore
                    LIMIT :batch FOR UPDATE SKIP LOCKED)""")
                .param("now", Timestamp.from(now)).param("closedBefore", Timestamp.from(closedBefore))
                .param("batch", batchSize).update();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
