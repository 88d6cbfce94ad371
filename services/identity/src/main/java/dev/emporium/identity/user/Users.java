package dev.emporium.identity.user;

import dev.emporium.platform.web.PageQuery;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The user table. Emails are unique ignoring case and surrounding spaces. */
@Repository
public class Users {

    private final JdbcClient jdbc;

    Users(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** @return false if the email is taken */
    public boolean insert(User user) {
        return jdbc.sql("""
                INSERT INTO app_user (id, email, email_normalized, name, password_hash, roles, created_at, updated_at)
                VALUES (:id, :email, :normalized, :name, :hash, :roles::text[], :at, :at)
                ON CONFLICT (email_normalized) DO NOTHING""")
                .param("id", user.id())
                .param("email", user.email().strip())
                .param("normalized", normalize(user.email()))
                .param("name", user.name())
                .param("hash", user.passwordHash())
                .param("roles", "{" + String.join(",", user.roles()) + "}")
                .param("at", Timestamp.from(user.createdAt()))
                .update() == 1;
    }

    public Optional<User> findByEmail(String email) {
        return jdbc.sql("SELECT * FROM app_user WHERE email_normalized = :email").param("email", normalize(email))
                .query(Users::map).optional();
    }

    public Optional<User> findById(UUID id) {
        return jdbc.sql("SELECT * FROM app_user WHERE id = :id").param("id", id).query(Users::map).optional();
    }

    public void rename(UUID id, String name) {
        jdbc.sql("UPDATE app_user SET name = :name, updated_at = now() WHERE id = :id").param("name", name).param("id", id).update();
    }

    /** @param role only users holding it, or all when null */
    public List<User> page(PageQuery query, String role) {
        return jdbc.sql("""
                SELECT * FROM app_user WHERE CAST(:role AS text) IS NULL OR :role = ANY(roles)
                ORDER BY created_at, id LIMIT :limit OFFSET :offset""")
                .param("role", role).param("limit", query.size()).param("offset", query.offset()).query(Users::map).list();
    }

    public long count(String role) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE CAST(:role AS text) IS NULL OR :role = ANY(roles)")
                .param("role", role).query(Long.class).single();
    }

    private static User map(ResultSet rs, int row) throws SQLException {
        Array roles = rs.getArray("roles");
        return new User(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("name"),
                rs.getString("password_hash"), Arrays.asList((String[]) roles.getArray()),
                rs.getTimestamp("created_at").toInstant());
    }
}
