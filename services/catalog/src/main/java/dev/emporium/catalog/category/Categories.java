package dev.emporium.catalog.category;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The category table. The tree is small (hundreds of nodes), so it is read whole and walked in memory. */
@Repository
public class Categories {

    private final JdbcClient jdbc;

    Categories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Category> all() {
        return jdbc.sql("SELECT id, slug, name, parent_id, position FROM category ORDER BY position, name")
                .query(Categories::map).list();
    }

    public Optional<Category> find(UUID id) {
        return jdbc.sql("SELECT id, slug, name, parent_id, position FROM category WHERE id = :id").param("id", id)
                .query(Categories::map).optional();
    }

    public Optional<Category> findByIdOrSlug(String idOrSlug) {
        UUID id = parseUuid(idOrSlug);
        return id != null ? find(id)
                : jdbc.sql("SELECT id, slug, name, parent_id, position FROM category WHERE slug = :slug").param("slug", idOrSlug)
                        .query(Categories::map).optional();
    }

    /** @return false if the slug is taken */
    public boolean insert(Category category, Instant now) {
        return jdbc.sql("""
                INSERT INTO category (id, slug, name, parent_id, position, created_at, updated_at)
                VALUES (:id, :slug, :name, :parent, :position, :now, :now) ON CONFLICT DO NOTHING""")
                .param("id", category.id()).param("slug", category.slug()).param("name", category.name())
                .param("parent", category.parentId()).param("position", category.position()).param("now", Timestamp.from(now))
                .update() == 1;
    }

    public void update(Category category, Instant now) {
        jdbc.sql("UPDATE category SET slug = :slug, name = :name, parent_id = :parent, position = :position, updated_at = :now WHERE id = :id")
                .param("id", category.id()).param("slug", category.slug()).param("name", category.name())
                .param("parent", category.parentId()).param("position", category.position()).param("now", Timestamp.from(now))
                .update();
    }

    public boolean slugTakenByAnother(String slug, UUID id) {
        return jdbc.sql("SELECT count(*) FROM category WHERE slug = :slug AND id <> :id").param("slug", slug).param("id", id)
                .query(Integer.class).single() > 0;
    }

    public void delete(UUID id) {
        jdbc.sql("DELETE FROM category WHERE id = :id").param("id", id).update();
    }

    public boolean hasChildren(UUID id) {
        return jdbc.sql("SELECT count(*) FROM category WHERE parent_id = :id").param("id", id).query(Integer.class).single() > 0;
    }

    public boolean hasProducts(UUID id) {
        return jdbc.sql("SELECT count(*) FROM product WHERE category_id = :id").param("id", id).query(Integer.class).single() > 0;
    }

    /** The category and all its descendants. */
    public List<UUID> subtree(UUID root) {
        Map<UUID, List<UUID>> children = new HashMap<>();
        for (Category category : all()) {
            if (category.parentId() != null) {
                children.computeIfAbsent(category.parentId(), k -> new ArrayList<>()).add(category.id());
            }
        }
        List<UUID> result = new ArrayList<>();
        List<UUID> pending = new ArrayList<>(List.of(root));
        while (!pending.isEmpty()) {
            UUID next = pending.removeLast();
            result.add(next);
            pending.addAll(children.getOrDefault(next, List.of()));
        }
        return result;
    }

    /** The category and its ancestors, root first. */
    public List<Category> path(UUID categoryId) {
        Map<UUID, Category> byId = new HashMap<>();
        all().forEach(c -> byId.put(c.id(), c));
        List<Category> path = new ArrayList<>();
        for (Category current = byId.get(categoryId); current != null && path.size() < 64;
                current = current.parentId() == null ? null : byId.get(current.parentId())) {
            path.addFirst(current);
        }
        return path;
    }

    /** The id in an "id or slug" path segment, or null when it is a slug. */
    public static UUID parseUuid(String value) {
        try {
            return value.length() == 36 ? UUID.fromString(value) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Category map(ResultSet rs, int row) throws SQLException {
        return new Category(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("name"),
                rs.getObject("parent_id", UUID.class), rs.getInt("position"));
    }
}
