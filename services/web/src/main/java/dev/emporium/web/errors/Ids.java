package dev.emporium.web.errors;

import java.util.UUID;

/** Ids in page paths: a UUID, or there is no such page (never a 500 for a malformed one). */
public final class Ids {

    public static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private Ids() {
    }

    /** The id, or {@link PageNotFoundException}. */
    public static UUID parse(String id) {
        if (id == null || !id.matches(UUID_PATTERN)) {
            throw new PageNotFoundException();
        }
        return UUID.fromString(id);
    }
}
