package dev.emporium.web.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser without JavaScript: it keeps cookies, does not follow redirects by itself (tests look at them), and
 * submits a page's forms with their hidden fields (the CSRF token among them), as a shopper's browser would.
 */
public final class Browser {

    private final String baseUrl;
    private final HttpClient http;

    public Browser(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public Page get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** Follows a redirect answer (303/302) with a GET, as a browser does. */
    public Page follow(Page redirect) {
        String location = redirect.header("Location");
        if (location == null) {
            throw new AssertionError("Not a redirect: " + redirect.status());
        }
        return get(location.startsWith("http") ? URI.create(location).getRawPath()
                + (URI.create(location).getRawQuery() == null ? "" : "?" + URI.create(location).getRawQuery()) : location);
    }

    /**
     * Submits the form the CSS selector finds on the page: its fields as the page has them (hidden ones included),
     * with these values set on top.
     */
    public Page submit(Page page, String formSelector, Map<String, String> values, String... headers) {
        Element form = page.document().selectFirst(formSelector);
        if (form == null) {
            throw new AssertionError("No form " + formSelector + " on the page");
        }
        return post(form.attr("action"), fields(form, values), headers);
    }

    /** Submits the form with one of its buttons: to the button's {@code formaction} when it has one. */
    public Page submitWith(Page page, String formSelector, String buttonSelector, Map<String, String> values) {
        Element form = page.document().selectFirst(formSelector);
        Element button = form == null ? null : form.selectFirst(buttonSelector);
        if (button == null) {
            throw new AssertionError("No button " + buttonSelector + " in the form " + formSelector);
        }
        return post(button.hasAttr("formaction") ? button.attr("formaction") : form.attr("action"), fields(form, values));
    }

    /** The form's fields as a browser sends them (checked boxes and radios, selected options), with these values on top. */
    public static Map<String, String> fields(Element form, Map<String, String> values) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type");
            if ((type.equals("radio") || type.equals("checkbox")) && !input.hasAttr("checked")) {
                continue;
            }
            fields.put(input.attr("name"), input.attr("value"));
        }
        for (Element select : form.select("select[name]")) {
            Element selected = select.selectFirst("option[selected]");
            fields.put(select.attr("name"), selected == null ? "" : selected.attr("value"));
        }
        fields.putAll(values);
        return fields;
    }

    /** A form post of exactly these fields (no CSRF token unless given). */
    public Page post(String path, Map<String, String> fields, String... headers) {
        String body = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What came back: status, headers and the HTML. */
    public record Page(HttpResponse<String> raw) {
        public int status() {
            return raw.statusCode();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        /** The {@code Set-Cookie} header that sets this cookie, or null when the answer sets none. */
        public String cookie(String name) {
            return raw.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith(name + "=")).findFirst().orElse(null);
        }

        public String html() {
            return raw.body();
        }

        public Document document() {
            return Jsoup.parse(raw.body());
        }

        /** The text of the first element the selector finds, or an empty string. */
        public String text(String selector) {
            Element element = document().selectFirst(selector);
            return element == null ? "" : element.text();
        }
    }
}
