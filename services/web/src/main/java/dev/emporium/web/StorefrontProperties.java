package dev.emporium.web;

import java.time.Duration;
import org.springframework.util.unit.DataSize;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code emporium.storefront.*} ({@code emporium.web.*} is platform-core's, for request limits).
 *
 * @param calls               how the storefront calls each service
 * @param categoriesTtl       how long the category tree (the header's departments) is served before it is fetched
 *                            again, in the background, while the old one is still served
 * @param productKeys         how many products' ids and SKUs are remembered, so a product page asks for the
 *                            product and its stock in one round
 * @param tokenRefreshAhead   an access token expiring within this is refreshed before it is used
 * @param pageSize            products per page of a category or search
 * @param checkoutTimeout     waiting for checkout to place an order (it holds stock, charges the card and creates the
 *                            order before it answers): longer than {@code calls.timeout}
 * @param ordersPageSize      orders per page of the order history
 * @param timeZone            the zone in which dates and times are shown (the shopper's is not known)
 * @param pageCache           the anonymous visitors' micro-cache of pages ({@code AnonymousPageCache})
 */
@ConfigurationProperties("emporium.storefront")
public record StorefrontProperties(@DefaultValue Calls calls, @DefaultValue("60s") Duration categoriesTtl,
        @DefaultValue("20000") int productKeys, @DefaultValue("30s") Duration tokenRefreshAhead,
        @DefaultValue("24") int pageSize, @DefaultValue("30s") Duration checkoutTimeout,
        @DefaultValue("10") int ordersPageSize, @DefaultValue("UTC") java.time.ZoneId timeZone,
        @DefaultValue PageCache pageCache) {

    /**
     * @param connectTimeout connecting to a service
     * @param timeout        waiting for its answer
     * @param openCircuitFor how long calls to a service fail at once after half of the last 20 (at least 10) failed
     */
    public record Calls(@DefaultValue("1s") Duration connectTimeout, @DefaultValue("3s") Duration timeout,
            @DefaultValue("10s") Duration openCircuitFor) {
    }

    /**
     * @param ttl          how long a page rendered for a visitor without a session is served to the next ones (0: off);
     *                     as stale as stock and prices on those pages may get (the cart and checkout check both)
     * @param maxBytes     memory the kept pages may take in all (least used go first): any query string makes a new
     *                     page, so this, not a count, is what bounds it
     * @param maxPageBytes a larger page is not kept
     */
    public record PageCache(@DefaultValue("2s") Duration ttl, @DefaultValue("16MB") DataSize maxBytes,
            @DefaultValue("256KB") DataSize maxPageBytes) {
    }
}
