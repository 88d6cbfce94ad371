package dev.emporium.web.search;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a category page or a search asks for, read from the query string as a shopper (or a hand-edited URL) sent
 * it. What cannot be used is dropped with a message for the page (a price that is not a price, a query too long),
 * or quietly replaced by the default (an unknown sort, a page that is not a number): a listing never fails.
 *
 * @param q        the words searched for; null on a category page
 * @param category the category's slug (category page) or id (a search narrowed by the category facet)
 */
public record ListingQuery(@Nullable String q, @Nullable String category, List<String> brands, @Nullable String minPrice,
        @Nullable String maxPrice, boolean inStock, String sort, int page) {

    public static final int MAX_QUERY_LENGTH = 200;
    public static final int MAX_PAGE = 1000;
    public static final List<String> SORTS = List.of("relevance", "newest", "price,asc", "price,desc");
    private static final int MAX_BRANDS = 20;
    private static final int MAX_BRAND_LENGTH = 200;
    private static final Pattern PRICE = Pattern.compile("^[0-9]{1,9}([.,][0-9]{1,2})?$");

    public ListingQuery {
        brands = List.copyOf(brands);
    }

    /** Sorts a shopper may choose: relevance only when there are words to be relevant to. */
    public List<String> sorts() {
        return q == null ? SORTS.subList(1, SORTS.size()) : SORTS;
    }

    /**
     * Reads the parameters of a search ({@code category} null) or of the category page of {@code category}; the
     * messages name what was dropped (message keys).
     */
    public static Parsed parse(Map<String, String[]> parameters, @Nullable String category) {
        List<String> problems = new ArrayList<>();
        String q = null;
        if (category == null) {
            q = first(parameters, "q");
            q = q == null ? null : q.strip();
            if (q != null && q.length() > MAX_QUERY_LENGTH) {
                problems.add("search.error.too-long");
                q = q.substring(0, MAX_QUERY_LENGTH);
            }
            if (q != null && q.isEmpty()) {
                q = null;
            }
            category = blankToNull(first(parameters, "category"));
            if (category != null && category.length() > MAX_BRAND_LENGTH) {
                category = null;
            }
        }
        List<String> brands = Arrays.stream(parameters.getOrDefault("brand", new String[0]))
                .map(String::strip).filter(brand -> !brand.isEmpty() && brand.length() <= MAX_BRAND_LENGTH)
                .distinct().limit(MAX_BRANDS).toList();
        String minPrice = price(first(parameters, "minPrice"), problems);
        String maxPrice = price(first(parameters, "maxPrice"), problems);
        if (minPrice != null && maxPrice != null && new BigDecimal(minPrice).compareTo(new BigDecimal(maxPrice)) > 0) {
            problems.add("listing.error.price-range");
            maxPrice = null;
        }
        boolean inStock = "true".equals(first(parameters, "inStock"));
        String sort = first(parameters, "sort");
        String defaultSort = q == null ? "newest" : "relevance";
        if (sort == null || !SORTS.contains(sort) || ("relevance".equals(sort) && q == null)) {
            sort = defaultSort;
        }
        int page = page(first(parameters, "page"));
        return new Parsed(new ListingQuery(q, category, brands, minPrice, maxPrice, inStock, sort, page), List.copyOf(problems));
    }

    /** This listing's URL at another page. */
    public String pageUrl(String path, int number) {
        Map<String, List<String>> parameters = parameters();
        set(parameters, "page", number == 0 ? null : Integer.toString(number));
        return url(path, parameters);
    }

    /** This listing's URL narrowed to a price range (either end may be null), from the first page. */
    public String priceUrl(String path, @Nullable String from, @Nullable String to) {
        Map<String, List<String>> parameters = parameters();
        set(parameters, "minPrice", from);
        set(parameters, "maxPrice", to);
        set(parameters, "page", null);
        return url(path, parameters);
    }

    /** This search narrowed to a category (its id), from the first page. */
    public String categoryUrl(String path, String categoryId) {
        Map<String, List<String>> parameters = parameters();
        set(parameters, "category", categoryId);
        set(parameters, "page", null);
        return url(path, parameters);
    }

    /** Whether any filter narrows the listing. */
    public boolean filtered() {
        return !brands.isEmpty() || minPrice != null || maxPrice != null || inStock;
    }

    private Map<String, List<String>> parameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        set(parameters, "q", q);
        set(parameters, "category", q == null ? null : category);
        if (!brands.isEmpty()) {
            parameters.put("brand", brands);
        }
        set(parameters, "minPrice", minPrice);
        set(parameters, "maxPrice", maxPrice);
        set(parameters, "inStock", inStock ? "true" : null);
        set(parameters, "sort", sort.equals(q == null ? "newest" : "relevance") ? null : sort);
        set(parameters, "page", page > 0 ? Integer.toString(page) : null);
        return parameters;
    }

    private static void set(Map<String, List<String>> parameters, String name, @Nullable String value) {
        if (value == null) {
            parameters.remove(name);
        } else {
            parameters.put(name, List.of(value));
        }
    }

    /** Form-encoded, as a browser submits the filter form: a '+' or '&' in a brand stays part of the brand. */
    private static String url(String path, Map<String, List<String>> parameters) {
        String query = parameters.entrySet().stream()
                .flatMap(parameter -> parameter.getValue().stream().map(value -> parameter.getKey() + "="
                        + URLEncoder.encode(value, StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? path : path + "?" + query;
    }

    private static @Nullable String price(@Nullable String value, List<String> problems) {
        String price = blankToNull(value);
        if (price == null) {
            return null;
        }
        if (!PRICE.matcher(price.strip()).matches()) {
            problems.add("listing.error.price");
            return null;
        }
        return price.strip().replace(',', '.');
    }

    private static int page(@Nullable String value) {
        try {
            int page = value == null ? 0 : Integer.parseInt(value.strip());
            return page < 0 || page > MAX_PAGE ? 0 : page;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static @Nullable String first(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The query, and the message keys of what was dropped from it. */
    public record Parsed(ListingQuery query, List<String> problems) {
    }
}
