package dev.emporium.web.admin;

/** Where a table is among its pages (0-based), for the previous/next links. */
public record Paging(int page, int totalPages, long totalItems) {

    public static Paging of(int page, int totalPages, long totalItems) {
        return new Paging(page, Math.max(totalPages, 1), totalItems);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages;
    }

    /** For "page {0} of {1}". */
    public int number() {
        return page + 1;
    }

    /** A page number from a request: 0 for nothing, nonsense or a negative one; never beyond 1000. */
    public static int requested(Integer page) {
        return page == null || page < 0 ? 0 : Math.min(page, 1000);
    }
}
