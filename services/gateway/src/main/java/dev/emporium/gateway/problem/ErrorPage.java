package dev.emporium.gateway.problem;

import dev.emporium.gateway.requestid.RequestIdFilter;
import dev.emporium.gateway.routing.RoutesConfiguration;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.HtmlUtils;

/**
 * The gateway's problem as a page, for a browser asking for a storefront page the gateway cannot serve (the web
 * service down or slow, the rate limit): the same status, title, detail and request id, self-contained (no
 * stylesheet or script: whatever serves those may be what is down), in English like the problem it renders.
 */
final class ErrorPage {

    static final MediaType CONTENT_TYPE = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private static final Pattern SAFE_PATH = Pattern.compile("/(?![/\\\\])[A-Za-z0-9/_.~%-]*");

    private ErrorPage() {
    }

    /** A storefront route, and a client that takes HTML (a browser's navigation does; an API client does not). */
    static boolean wanted(ServerWebExchange exchange) {
        if (!RoutesConfiguration.servesPages(exchange)) {
            return false;
        }
        try {
            List<MediaType> accepted = MediaType.parseMediaTypes(exchange.getRequest().getHeaders().get(HttpHeaders.ACCEPT));
            return accepted.stream().anyMatch(type -> !type.isWildcardType() && type.includes(MediaType.TEXT_HTML));
        }
        catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    static byte[] render(Problem problem, ServerWebExchange exchange) {
        String requestId = exchange.getAttribute(RequestIdFilter.ATTRIBUTE);
        String title = HtmlUtils.htmlEscape(problem.title());
        String page = """
                <!doctype html>
                <html lang="en">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s | Emporium</title></head>
                <body>
                <main>
                <h1>%s</h1>
                <p>%s</p>
                <p><a href="%s">Try again</a> or go to the <a href="/">home page</a>.</p>
                <p><small>Error %d, request id %s</small></p>
                </main>
                </body>
                </html>
                """.formatted(title, title, HtmlUtils.htmlEscape(forShoppers(problem)),
                HtmlUtils.htmlEscape(sameSitePath(exchange.getRequest().getURI().getRawPath())), problem.status(),
                HtmlUtils.htmlEscape(requestId == null ? "-" : requestId));
        return page.getBytes(StandardCharsets.UTF_8);
    }

    /** A service's name means nothing to a shopper: a server-side failure says what it means for them. */
    private static String forShoppers(Problem problem) {
        return switch (problem.status()) {
            case 502, 503 -> "The shop cannot show this page right now. Please try again in a moment.";
            case 504 -> "The shop took too long to answer. Please try again in a moment.";
            default -> problem.detail();
        };
    }

    /** The path to try again, when it can only lead to this site ({@code //host} would leave it). */
    private static String sameSitePath(String path) {
        return SAFE_PATH.matcher(path).matches() ? path : "/";
    }
}
