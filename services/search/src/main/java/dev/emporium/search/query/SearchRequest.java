package dev.emporium.search.query;

import dev.emporium.platform.money.Currencies;

import dev.emporium.platform.web.ApiException;
import dev.emporium.platform.web.PageQuery;
import dev.emporium.platform.web.Problems;
import dev.emporium.search.index.PriceCurrency;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A checked search: every parameter parsed and validated up front, so a bad one is a 400 naming it (all of them
 * at once), never a 500 from deep inside the query. Prices are in minor units of the requested currency.
 *
 * @param text     the words searched for, or null to match everything
 * @param minPrice inclusive lower bound in minor units, or null
 * @param maxPrice inclusive upper bound in minor units, or null
 */
public record SearchRequest(String text, String category, Set<String> brands, Long minPrice, Long maxPrice,
        boolean inStockOnly, Sort sort, PageQuery page, PriceCurrency currency) {

    static final int MAX_TEXT_LENGTH = 200;
    static final int MAX_VALUE_LENGTH = 200;
    static final int MAX_BRANDS = 20;
    /** Deep pages cost memory and time proportional to their depth; nobody pages past 10,000 results. */
    static final int MAX_RESULT_WINDOW = 10_000;
    private static final BigDecimal MAX_PRICE = new BigDecimal("1000000000000");

    public enum Sort {
        RELEVANCE("relevance"), PRICE_ASC("price,asc"), PRICE_DESC("price,desc"), NEWEST("newest");

        private final String value;

        Sort(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }

        static Sort parse(String value) {
            String normalized = value.strip().toLowerCase(Locale.ROOT).replace(" ", "");
            if (normalized.equals("price")) {
                return PRICE_ASC;
            }
            return Arrays.stream(values()).filter(sort -> sort.value.equals(normalized)).findFirst().orElse(null);
        }
    }

    /** Raw query parameters as the client sent them. */
    public record Params(String q, String category, List<String> brands, String minPrice, String maxPrice, Boolean inStock,
            String sort, Integer page, Integer size, String currency, String acceptCurrency) {
    }

    public static SearchRequest of(Params params) {
        List<Problems.FieldError> errors = new ArrayList<>();

        String text = blankToNull(params.q());
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            errors.add(new Problems.FieldError("q", "must be at most " + MAX_TEXT_LENGTH + " characters"));
        }
        String category = blankToNull(params.category());
        if (category != null && category.length() > MAX_VALUE_LENGTH) {
            errors.add(new Problems.FieldError("category", "must be at most " + MAX_VALUE_LENGTH + " characters"));
        }
        Set<String> brands = params.brands() == null ? Set.of() : params.brands().stream()
                .map(SearchRequest::blankToNull).filter(b -> b != null).collect(Collectors.toCollection(LinkedHashSet::new));
        if (brands.size() > MAX_BRANDS) {
            errors.add(new Problems.FieldError("brand", "may be given at most " + MAX_BRANDS + " times"));
        }
        if (brands.stream().anyMatch(b -> b.length() > MAX_VALUE_LENGTH)) {
            errors.add(new Problems.FieldError("brand", "must be at most " + MAX_VALUE_LENGTH + " characters"));
        }

        PriceCurrency currency = currency(params, errors);
        BigDecimal min = price("minPrice", params.minPrice(), errors);
        BigDecimal max = price("maxPrice", params.maxPrice(), errors);
        if (min != null && max != null && min.compareTo(max) > 0) {
            errors.add(new Problems.FieldError("minPrice", "must not be greater than maxPrice"));
        }

        Sort sort = text == null ? Sort.NEWEST : Sort.RELEVANCE;
        if (blankToNull(params.sort()) != null) {
            sort = Sort.parse(params.sort());
            if (sort == null) {
                errors.add(new Problems.FieldError("sort", "must be one of "
                        + Arrays.stream(Sort.values()).map(Sort::value).collect(Collectors.joining(" | "))));
            }
        }

        PageQuery page = null;
        try {
            page = PageQuery.of(params.page(), params.size());
            if (page.offset() + page.size() > MAX_RESULT_WINDOW) {
                errors.add(new Problems.FieldError("page", "must not reach past the first " + MAX_RESULT_WINDOW + " results"));
            }
        } catch (ApiException invalidPage) {
            errors.addAll(fieldErrors(invalidPage));
        }

        if (!errors.isEmpty()) {
            throw ApiException.invalid("The request has invalid parameters", errors);
        }
        return new SearchRequest(text, category, Set.copyOf(brands),
                min == null ? null : currency.ceilMinorUnits(min), max == null ? null : currency.floorMinorUnits(max),
                Boolean.TRUE.equals(params.inStock()), sort, page, currency);
    }

    /** {@code ?currency=} wins over the {@code Accept-Currency} header; USD when neither is given. */
    static PriceCurrency currency(Params params, List<Problems.FieldError> errors) {
        return Currencies.requested(params.currency(), params.acceptCurrency()).map(PriceCurrency::valueOf).orElseGet(() -> {
            errors.add(new Problems.FieldError("currency", "must be one of " + String.join(", ", Currencies.SUPPORTED)));
            return PriceCurrency.DEFAULT;
        });
    }

    private static BigDecimal price(String field, String value, List<Problems.FieldError> errors) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            BigDecimal price = new BigDecimal(value.strip());
            if (price.signum() < 0) {
                errors.add(new Problems.FieldError(field, "must be 0 or more"));
                return null;
            }
            if (price.compareTo(MAX_PRICE) > 0) {
                errors.add(new Problems.FieldError(field, "is too large"));
                return null;
            }
            return price;
        } catch (NumberFormatException e) {
            errors.add(new Problems.FieldError(field, "must be a decimal number, e.g. 19.99"));
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Problems.FieldError> fieldErrors(ApiException e) {
        Object errors = e.properties().get("errors");
        return errors instanceof List<?> list ? (List<Problems.FieldError>) list : List.of();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
