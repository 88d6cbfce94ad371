package dev.emporium.identity.auth;

import dev.emporium.identity.IdentityProperties;
import dev.emporium.identity.user.User;
import dev.emporium.identity.user.Users;
import dev.emporium.platform.web.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logins, refresh-token rotation with reuse detection, and logout. A login opens a token family (a session);
 * each refresh spends the presented token and issues the next one in the family; presenting a spent token means
 * it leaked, so the whole family is revoked.
 */
@Service
class Authentication {

    private static final Logger log = LoggerFactory.getLogger(Authentication.class);

    private final Users users;
    private final PasswordEncoder passwords;
    private final RefreshTokens refreshTokens;
    private final AccessTokens accessTokens;
    private final LoginThrottle throttle;
    private final IdentityProperties properties;
    private final Clock clock;
    /** Compared against when the email is unknown, so a miss costs as much time as a wrong password. */
    private final String decoyHash;

    Authentication(Users users, PasswordEncoder passwords, RefreshTokens refreshTokens, AccessTokens accessTokens,
            LoginThrottle throttle, IdentityProperties properties, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.throttle = throttle;
        this.properties = properties;
        this.clock = clock;
        this.decoyHash = passwords.encode(UUID.randomUUID().toString());
    }

    record TokenPair(String accessToken, String refreshToken, String tokenType, long expiresIn) {
    }

    @Transactional
    public TokenPair login(String email, String password, String client) {
        String account = Users.normalize(email);
        throttle.checkAllowed(account, client);
        User user = users.findByEmail(account).orElse(null);
        boolean matches = passwords.matches(password, user == null ? decoyHash : user.passwordHash());
        if (user == null || !matches) {
            throttle.recordFailure(account, client);
            throw invalidCredentials();
        }
        throttle.recordSuccess(account);
        return issue(user, UUID.randomUUID());
    }

    @Transactional(noRollbackFor = ApiException.class)
    public TokenPair refresh(String presented) {
        RefreshTokens.StoredToken stored = refreshTokens.findForUpdate(presented).orElseThrow(Authentication::invalidRefreshToken);
        if (stored.status() != RefreshTokens.Status.ACTIVE) {
            int revoked = refreshTokens.revokeFamily(stored.familyId());
            log.warn("Spent refresh token presented again for user {}: family {} revoked ({} tokens)", stored.userId(),
                    stored.familyId(), revoked);
            throw new ApiException(HttpStatus.UNAUTHORIZED, "REFRESH_TOKEN_REUSED",
                    "This refresh token was already used; the session has been revoked, sign in again");
        }
        if (stored.expiresAt().isBefore(Instant.now(clock))) {
            throw invalidRefreshToken();
        }
        User user = users.findById(stored.userId()).orElseThrow(Authentication::invalidRefreshToken);
        refreshTokens.spend(stored.hash());
        return issue(user, stored.familyId());
    }

    @Transactional
    public void logout(UUID userId, UUID session) {
        refreshTokens.revokeFamily(session, userId);
    }

    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT6H")
    @Transactional
    public void purgeExpiredRefreshTokens() {
        refreshTokens.purgeExpired(Instant.now(clock));
    }

    private TokenPair issue(User user, UUID family) {
        Instant now = Instant.now(clock);
        String refresh = refreshTokens.issue(family, user.id(), now, now.plus(properties.refreshTokenTtl()));
        return new TokenPair(accessTokens.issue(user, family), refresh, "Bearer", properties.accessTokenTtl().toSeconds());
    }

    private static ApiException invalidCredentials() {
        return new ApiException(HttpStatus.UNAUTHORIZED, "INVALID_CREDENTIALS", "Email or password is wrong");
    }

    private static ApiException invalidRefreshToken() {
        return new ApiException(HttpStatus.UNAUTHORIZED, "INVALID_REFRESH_TOKEN", "The refresh token is invalid or expired");
    }
}
