package dev.emporium.catalog.category;

import java.util.UUID;

public record Category(UUID id, String slug, String name, UUID parentId, int position) {
}
