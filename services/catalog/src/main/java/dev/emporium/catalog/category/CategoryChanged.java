package dev.emporium.catalog.category;

import java.util.List;
import java.util.UUID;

/** Published (in-process) when a category is renamed or moved: its products' category paths changed. */
public record CategoryChanged(List<UUID> affectedCategories) {
}
