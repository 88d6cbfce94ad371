package dev.emporium.catalog.product;

import java.util.Arrays;

/** The orders a product list can take ({@code ?sort=price,asc}); ties broken by id so paging is stable. */
public enum ProductSort {
    PRICE_ASC("price,asc", "pp.amount ASC NULLS LAST, p.id"),
    PRICE_DESC("price,desc", "pp.amount DESC NULLS LAST, p.id"),
    NAME_ASC("name,asc", "lower(p.name) ASC, p.id"),
    CREATED_DESC("createdAt,desc", "p.created_at DESC, p.id");

    private final String parameter;
    private final String orderBy;

    ProductSort(String parameter, String orderBy) {
        this.parameter = parameter;
        this.orderBy = orderBy;
    }

    String orderBy() {
        return orderBy;
    }

    public static ProductSort fromParameter(String value) {
        return Arrays.stream(values()).filter(s -> s.parameter.equals(value)).findFirst().orElse(null);
    }

    public static String allowed() {
        return String.join(", ", Arrays.stream(values()).map(s -> s.parameter).toList());
    }
}
