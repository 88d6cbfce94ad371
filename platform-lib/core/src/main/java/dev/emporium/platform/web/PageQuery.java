package dev.emporium.platform.web;

import java.util.ArrayList;
import java.util.List;

/** {@code ?page=} (0-based) and {@code ?size=} (1..100, default 20), checked: a bad value is a 400 naming it. */
public record PageQuery(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 1_000_000;

    public static PageQuery of(Integer page, Integer size) {
        int resolvedPage = page == null ? 0 : page;
        int resolvedSize = size == null ? DEFAULT_SIZE : size;
        List<Problems.FieldError> errors = new ArrayList<>();
        if (resolvedPage < 0) {
            errors.add(new Problems.FieldError("page", "must be 0 or more"));
        }
        if (resolvedSize < 1 || resolvedSize > MAX_SIZE) {
            errors.add(new Problems.FieldError("size", "must be between 1 and " + MAX_SIZE));
        }
        if (resolvedPage > MAX_PAGE) {
            errors.add(new Problems.FieldError("page", "is too large"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid("The request has invalid parameters", errors);
        }
        return new PageQuery(resolvedPage, resolvedSize);
    }

    public long offset() {
        return (long) page * size;
    }
}
