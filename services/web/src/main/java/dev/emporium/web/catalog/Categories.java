package dev.emporium.web.catalog;

import dev.emporium.web.StorefrontProperties;
import dev.emporium.web.upstream.UpstreamUnavailableException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The category tree every page shows (its roots are the departments in the header), kept in memory: served as it
 * is while a fresh copy is fetched in the background once it is older than {@code categories-ttl}, so no page waits
 * for it after the first. Until catalog has answered once the tree is empty and the header simply has no
 * department links.
 */
@Component
public class Categories {

    private static final Logger log = LoggerFactory.getLogger(Categories.class);

    private final CatalogClient catalog;
    private final Clock clock;
    private final StorefrontProperties properties;
    private final Executor background = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile Tree tree = new Tree(List.of(), Instant.EPOCH);

    Categories(CatalogClient catalog, Clock clock, StorefrontProperties properties) {
        this.catalog = catalog;
        this.clock = clock;
        this.properties = properties;
    }

    /** The departments (the tree's roots), with their sub-categories. */
    public List<CategoryNode> departments() {
        Tree current = tree;
        if (current.roots().isEmpty()) {
            refresh();
            return tree.roots();
        }
        if (current.loadedAt().plus(properties.categoriesTtl()).isBefore(clock.instant())
                && refreshing.compareAndSet(false, true)) {
            background.execute(() -> {
                try {
                    refresh();
                } finally {
                    refreshing.set(false);
                }
            });
        }
        return current.roots();
    }

    /** The category with this slug anywhere in the tree as it is now. */
    public Optional<CategoryNode> bySlug(String slug) {
        return departments().stream().flatMap(Categories::withDescendants).filter(node -> node.slug().equals(slug)).findFirst();
    }

    private void refresh() {
        try {
            tree = new Tree(List.copyOf(catalog.categories()), clock.instant());
        } catch (UpstreamUnavailableException e) {
            log.warn("The category tree could not be refreshed: {}", e.getMessage());
        }
    }

    private static Stream<CategoryNode> withDescendants(CategoryNode node) {
        return Stream.concat(Stream.of(node), node.children().stream().flatMap(Categories::withDescendants));
    }

    private record Tree(List<CategoryNode> roots, Instant loadedAt) {
    }
}
