package dev.emporium.identity.auth;

import dev.emporium.identity.IdentityProperties;
import dev.emporium.identity.password.PasswordHashing;
import dev.emporium.identity.user.User;
import dev.emporium.identity.user.Users;
import dev.emporium.platform.web.ApiException;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Logins, refresh-token rotation with reuse detection, and logout. A login opens a token family (a session);
 * each refresh spends the presented token and issues the next one in the family; presenting a spent token means
 * it leaked, so the whole family is revoked. A family ends at its absolute lifetime however often it is refreshed.
 */
@Service
class Authentication {

    private static final Logger log = LoggerFactory.getLogger(Authentication.class);

    private final Users users;
    private final PasswordHashing passwords;
    private final RefreshTokens refreshTokens;
    private final AccessTokens accessTokens;
    private final LoginThrottle throttle;
    private final IdentityProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    /** Compared against when the email is unknown, so a miss costs as much time as a wrong password. */
    private final String decoyHash;

    Authentication(Users users, PasswordHashing passwords, RefreshTokens refreshTokens, AccessTokens accessTokens,
            LoginThrottle throttle, IdentityProperties properties, TransactionTemplate transaction, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.throttle = throttle;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
        this.decoyHash = passwords.encode(UUID.randomUUID().toString());
    }

    @Schema(description = "A signed-in session's tokens.")
    record TokenPair(
            @Schema(description = "RS256 JWT to send as `Authorization: Bearer <accessToken>`. Claims: `sub` (user id), `email`, "
                    + "`name`, `roles`, `sid` (session), `jti`, `iss` `emporium-identity`, `aud` `emporium`. Verify it with the "
                    + "keys of `GET /.well-known/jwks.json`.",
                    example = "eyJhbGciOiJSUzI1NiIsImtpZCI6IjZjMmE0ZjE4IiwidHlwIjoiSldUIn0.eyJzdWIiOiIzZjhiOWMxZSJ9.c2lnbmF0dXJl",
                    requiredMode = RequiredMode.REQUIRED) String accessToken,
            @Schema(description = "Opaque, single-use token for `POST /api/v1/auth/refresh`; keep it secret. Valid 30 days, "
                    + "and never past the end of its session (90 days after the login).",
                    example = "q1Vw9oTq5n4m2Y0jHc7bKxR8sLpA3dEfGhIjKlMnOpQ", requiredMode = RequiredMode.REQUIRED) String refreshToken,
            @Schema(description = "Always `Bearer`.", allowableValues = "Bearer", example = "Bearer",
                    requiredMode = RequiredMode.REQUIRED) String tokenType,
            @Schema(description = "Seconds until the access token expires (900: 15 minutes).", example = "900",
                    requiredMode = RequiredMode.REQUIRED) long expiresIn) {
    }

    /**
     * Counted first (one statement), then the slow hash with no connection held, then a short transaction for a
     * success. A failure needs no further write: it was counted before the hash, whatever happens after.
     */
    public TokenPair login(String email, String password, String client) {
        String account = Users.normalize(email);
        LoginThrottle.Admission admission = throttle.admit(account, client);
        if (!admission.allowed()) {
            throw LoginThrottle.tooManyAttempts(admission.blockedFor());
        }
        holdBack(admission.delay());
        User user = users.findByEmail(account).orElse(null);
        boolean matches;
        try {
            matches = passwords.matches(password, user == null ? decoyHash : user.passwordHash());
        } catch (PasswordHashing.Busy busy) {
            throttle.refund(admission);
            throw busy;
        }
        if (user == null || !matches) {
            throw invalidCredentials();
        }
        return transaction.execute(status -> {
            throttle.recordSuccess(admission);
            Instant now = Instant.now(clock);
            return issue(user, UUID.randomUUID(), now, now);
        });
    }

    @Transactional(noRollbackFor = ApiException.class)
    public TokenPair refresh(String presented) {
        Instant now = Instant.now(clock);
        RefreshTokens.StoredToken stored = refreshTokens.findForUpdate(presented).orElseThrow(Authentication::invalidRefreshToken);
        if (stored.status() != RefreshTokens.Status.ACTIVE) {
            int revoked = refreshTokens.revokeFamily(stored.familyId(), now);
            log.warn("Spent refresh token presented again for user {}: family {} revoked ({} tokens)", stored.userId(),
                    stored.familyId(), revoked);
            throw new ApiException(HttpStatus.UNAUTHORIZED, "REFRESH_TOKEN_REUSED",
                    "This refresh token was already used; the session has been revoked, sign in again");
        }
        if (!stored.expiresAt().isAfter(now) || !familyEnd(stored.familyStartedAt()).isAfter(now)) {
            throw invalidRefreshToken();
        }
        User user = users.findById(stored.userId()).orElseThrow(Authentication::invalidRefreshToken);
        refreshTokens.spend(stored.hash(), now);
        return issue(user, stored.familyId(), stored.familyStartedAt(), now);
    }

    @Transactional
    public void logout(UUID userId, UUID session) {
        refreshTokens.revokeFamily(session, userId, Instant.now(clock));
    }

    private TokenPair issue(User user, UUID family, Instant familyStartedAt, Instant now) {
        Instant expires = now.plus(properties.refreshTokenTtl());
        Instant familyEnd = familyEnd(familyStartedAt);
        String refresh = refreshTokens.issue(family, familyStartedAt, user.id(), now,
                expires.isBefore(familyEnd) ? expires : familyEnd);
        return new TokenPair(accessTokens.issue(user, family), refresh, "Bearer", properties.accessTokenTtl().toSeconds());
    }

    private Instant familyEnd(Instant familyStartedAt) {
        return familyStartedAt.plus(properties.refreshTokenFamilyLifetime());
    }

    /**
     * The progressive delay for an account under attack. Request threads are virtual, so sleeping costs no
     * platform thread, and no connection is held here.
     */
    private static void holdBack(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while delaying a login", e);
        }
    }

    private static ApiException invalidCredentials() {
        return new ApiException(HttpStatus.UNAUTHORIZED, "INVALID_CREDENTIALS", "Email or password is wrong");
    }

    private static ApiException invalidRefreshToken() {
        return new ApiException(HttpStatus.UNAUTHORIZED, "INVALID_REFRESH_TOKEN", "The refresh token is invalid or expired");
    }
}
