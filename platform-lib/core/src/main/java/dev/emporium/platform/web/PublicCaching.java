package dev.emporium.platform.web;

import dev.emporium.platform.security.Roles;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.CacheControl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * How a service states that an answer is the same for everyone (catalog, categories, search): browsers keep it but
 * revalidate every time (cheap with the ETag), while a shared cache (the gateway's, a CDN) may reuse it for
 * {@code emporium.web.shared-cache-freshness} without asking. Such answers vary with {@link #VARY}, never with a
 * cookie or a token; an answer that depends on who asks is {@link #forCaller private}.
 */
public final class PublicCaching {

    /** The request headers a public answer depends on; a shared cache keeps one copy per combination. */
    public static final String[] VARY = { "Accept-Currency", "Accept-Language" };

    private final CacheControl everyone;

    public PublicCaching(Duration sharedFreshness) {
        this.everyone = CacheControl.maxAge(Duration.ZERO).mustRevalidate().cachePublic().sMaxAge(sharedFreshness);
    }

    /** The same answer for every caller. */
    public CacheControl forEveryone() {
        return everyone;
    }

    /**
     * Public for anonymous callers and customers; private for an admin (who may see drafts), so no shared cache
     * ever keeps what only staff may see.
     */
    public CacheControl forCaller(Authentication caller) {
        return isAdmin(caller) ? CacheControl.maxAge(Duration.ZERO).mustRevalidate().cachePrivate() : everyone;
    }

    private static boolean isAdmin(Authentication caller) {
        return caller != null && caller.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(role -> role.equals("ROLE_" + Roles.ADMIN));
    }

    /** ETags (a digest of the body) for these paths, so a revalidating browser or cache gets a body-less 304. */
    public static FilterRegistrationBean<ShallowEtagHeaderFilter> etagsFor(String... urlPatterns) {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns(urlPatterns);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
