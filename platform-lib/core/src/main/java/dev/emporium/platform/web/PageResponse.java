package dev.emporium.platform.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;

/** A page of a list, as every list endpoint answers: {@code {items, page, size, totalItems, totalPages}}. */
@Schema(description = "A page of a list.")
public record PageResponse<T>(
        @Schema(description = "The items of this page.") List<T> items,
        @Schema(description = "Zero-based number of this page.", example = "0") int page,
        @Schema(description = "The page size asked for.", example = "20") int size,
        @Schema(description = "Items in the whole list.", example = "57") long totalItems,
        @Schema(description = "Pages in the whole list.", example = "3") int totalPages) {

    public static <T> PageResponse<T> of(List<T> items, PageQuery query, long totalItems) {
        int totalPages = (int) ((totalItems + query.size() - 1) / query.size());
        return new PageResponse<>(items, query.page(), query.size(), totalItems, totalPages);
    }

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
