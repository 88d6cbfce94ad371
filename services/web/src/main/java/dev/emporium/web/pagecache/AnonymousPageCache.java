package dev.emporium.web.pagecache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.emporium.web.StorefrontProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A micro-cache of the pages anonymous visitors read (home, departments, search, products): for a couple of seconds
 * a page is rendered once and served to every visitor without a session, instead of asking catalog, inventory and
 * search again and running the templates for each. What is personal in such a page is only the CSRF token of its
 * forms: it is cut out when the page is stored and each visitor's own is put back in when it is served.
 * <p>
 * A request with a session (a cart, a chosen currency or language, a customer signed in) is never served from here
 * nor stored, nor is one that changes a preference, one that starts a session, anything but a 200 HTML page, or a
 * page larger than {@code max-page-bytes}. The key holds the host the page was asked for (its absolute links name
 * it) and the language the browser prefers; the cache is bounded in bytes, since any query string is a new key.
 */
public class AnonymousPageCache extends OncePerRequestFilter {

    /** Stands for the visitor's CSRF token in a stored page; cannot occur in HTML the templates write. */
    private static final String TOKEN_MARK = "\u0000csrf\u0000";

    private final LocaleResolver locales;
    private final StorefrontProperties.PageCache settings;
    private final Cache<String, StoredPage> pages;

    public AnonymousPageCache(LocaleResolver locales, StorefrontProperties.PageCache settings) {
        this.locales = locales;
        this.settings = settings;
        this.pages = Caffeine.newBuilder().maximumWeight(settings.maxBytes().toBytes())
                .weigher((String key, StoredPage page) -> page.bytes() + 2 * key.length())
                .expireAfterWrite(settings.ttl()).build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (settings.ttl().isZero() || !"GET".equals(request.getMethod()) || request.getSession(false) != null) {
            return true;
        }
        if (request.getParameter("lang") != null || request.getParameter("currency") != null
                || request.getHeader("HX-Request") != null) {
            return true;
        }
        String path = request.getRequestURI();
        return !(path.equals("/") || path.startsWith("/p/") || path.startsWith("/c/") || path.equals("/search"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        StoredPage stored = pages.getIfPresent(key);
        if (stored != null) {
            serve(stored, request, response);
            return;
        }
        ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, rendered);
        StoredPage page = storable(request, rendered);
        if (page != null) {
            pages.put(key, page);
        }
        rendered.copyBodyToResponse();
    }

    private String key(HttpServletRequest request) {
        Locale language = locales.resolveLocale(request);
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getRequestURI() + "?" + request.getQueryString() + "|" + language.toLanguageTag();
    }

    private @Nullable StoredPage storable(HttpServletRequest request, ContentCachingResponseWrapper rendered) {
        String contentType = rendered.getContentType();
        if (rendered.getStatus() != HttpServletResponse.SC_OK || contentType == null
                || !MediaType.TEXT_HTML.isCompatibleWith(MediaType.parseMediaType(contentType))
                || rendered.getContentSize() > settings.maxPageBytes().toBytes() || request.getSession(false) != null) {
            return null;
        }
        String html = new String(rendered.getContentAsByteArray(), StandardCharsets.UTF_8);
        String token = renderedToken(request, html);
        if (token != null) {
            html = html.replace(token, TOKEN_MARK);
        }
        return new StoredPage(contentType, rendered.getLocale(), html);
    }

    /** The token as this request's forms carry it; null when the page has no form that posts. */
    private static @Nullable String renderedToken(HttpServletRequest request, String html) {
        if (!html.contains("name=\"_csrf\"")) {
            return null;
        }
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return token == null ? null : token.getToken();
    }

    private static void serve(StoredPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String html = page.html();
        if (html.contains(TOKEN_MARK)) {
            CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
            html = html.replace(TOKEN_MARK, token.getToken());
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        response.setLocale(page.language());
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private record StoredPage(String contentType, Locale language, String html) {
        /** What the page takes in memory, at most (a string keeps two bytes a character once one needs them). */
        int bytes() {
            return 2 * html.length();
        }
    }
}
