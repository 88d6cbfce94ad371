package dev.emporium.web.identity;

import dev.emporium.web.StorefrontProperties;
import dev.emporium.web.upstream.UpstreamUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.stereotype.Component;

/**
 * Who is signed in and their tokens, all in the server-side session. Signing in renews the session id (no fixation),
 * makes the customer the session's Spring Security principal and keeps the tokens beside it. A token about to
 * expire is refreshed before it is used, once per session at a time: identity spends a refresh token when it is used,
 * and a spent one presented again revokes the whole session, so two pages of one session must not both refresh.
 * Requests of a session on this instance take turns (a lock per session); one that waited reads the session again
 * from Redis and uses what the other stored. A refresh identity refuses signs the customer out of the storefront (the session keeps their language and currency).
 */
@Component
public class CustomerSession {

    static final String TOKENS = "emporium.tokens";
    private static final Logger log = LoggerFactory.getLogger(CustomerSession.class);
    private static final int LOCKS = 64;

    private final IdentityClient identity;
    private final SessionRepository<? extends Session> sessions;
    private final SecurityContextRepository contexts;
    private final Clock clock;
    private final StorefrontProperties properties;
    private final ReentrantLock[] locks = new ReentrantLock[LOCKS];

    CustomerSession(IdentityClient identity, SessionRepository<? extends Session> sessions,
            SecurityContextRepository contexts, Clock clock, StorefrontProperties properties) {
        this.identity = identity;
        this.sessions = sessions;
        this.contexts = contexts;
        this.clock = clock;
        this.properties = properties;
        for (int i = 0; i < LOCKS; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /** The signed-in customer, if any. */
    public Optional<SignedInUser> user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? Optional.of(user) : Optional.empty();
    }

    /** Makes the customer whose tokens identity issued the session's user, in a session with a new id. */
    public SignedInUser signIn(HttpServletRequest request, HttpServletResponse response, TokenPair tokens) {
        SignedInUser user = SignedInUser.fromAccessToken(tokens.accessToken());
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(TOKENS, SessionTokens.of(tokens, clock));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return user;
    }

    /** Ends the session at identity (best effort) and here: the session and everything in it are gone. */
    public void signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        if (session.getAttribute(TOKENS) instanceof SessionTokens tokens) {
            try {
                identity.signOut(tokens.accessToken());
            } catch (UpstreamUnavailableException e) {
                log.warn("Identity could not end the session; its tokens expire on their own: {}", e.getMessage());
            }
        }
        endLocally(request);
    }

    /**
     * The signed-in customer's access token, valid for at least {@code token-refresh-ahead}; empty for a guest, and
     * when identity refused to refresh it (the customer is then signed out here too).
     */
    public Optional<String> accessToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(TOKENS) instanceof SessionTokens tokens)) {
            return Optional.empty();
        }
        if (!tokens.expiresWithin(properties.tokenRefreshAhead(), clock)) {
            return Optional.of(tokens.accessToken());
        }
        ReentrantLock lock = locks[Math.floorMod(session.getId().hashCode(), LOCKS)];
        lock.lock();
        try {
            // the latest pair: another request of this session may have refreshed while this one waited
            SessionTokens stored = stored(session.getId());
            SessionTokens latest = stored != null ? stored : tokens;
            if (!latest.expiresWithin(properties.tokenRefreshAhead(), clock)) {
                session.setAttribute(TOKENS, latest);
                return Optional.of(latest.accessToken());
            }
            Optional<TokenPair> refreshed = identity.refresh(latest.refreshToken());
            if (refreshed.isEmpty()) {
                log.info("Identity refused to refresh a session's tokens: the customer is signed out");
                forget(session);
                return Optional.empty();
            }
            SessionTokens renewed = SessionTokens.of(refreshed.get(), clock);
            session.setAttribute(TOKENS, renewed);
            return Optional.of(renewed.accessToken());
        } finally {
            lock.unlock();
        }
    }

    /**
     * The signed-in customer's access token, for a page only a customer sees; a customer whose session at identity
     * ended is sent to sign in again ({@link SignInAgainException}).
     */
    public String requireAccessToken(HttpServletRequest request) {
        return accessToken(request).orElseThrow(SignInAgainException::new);
    }

    /** A service answered 401 to the customer's token: they are signed out here too and sent to sign in again. */
    public void checkNotRefused(HttpServletRequest request, int status) {
        if (status == 401) {
            expired(request);
            throw new SignInAgainException();
        }
    }

    /** The customer changed their name at identity: the header greets them by the new one at once. */
    public void renamed(HttpServletRequest request, HttpServletResponse response, String name) {
        user().ifPresent(user -> {
            SignedInUser renamed = new SignedInUser(user.id(), user.email(), name, user.roles());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(renamed, null, renamed.authorities()));
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
        });
    }

    /** The customer's token was refused by a service (revoked, or keys rotated): they must sign in again. */
    public void expired(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            forget(session);
        }
    }

    private @Nullable SessionTokens stored(String sessionId) {
        Session session = sessions.findById(sessionId);
        return session != null && session.getAttribute(TOKENS) instanceof SessionTokens tokens ? tokens : null;
    }

    /** Signs the customer out but keeps the session's other contents (language, currency). */
    private static void forget(HttpSession session) {
        session.removeAttribute(TOKENS);
        session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        SecurityContextHolder.clearContext();
    }

    private static void endLocally(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
    }
}
