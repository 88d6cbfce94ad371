package dev.emporium.identity.address;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Addresses, always scoped to their owner: another user's address simply does not exist. */
@Repository
class Addresses {

    private final JdbcClient jdbc;

    Addresses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Address> of(UUID userId) {
        return jdbc.sql("SELECT * FROM address WHERE user_id = :user ORDER BY created_at, id").param("user", userId)
                .query(Addresses::map).list();
    }

    Optional<Address> find(UUID userId, UUID id) {
        return jdbc.sql("SELECT * FROM address WHERE user_id = :user AND id = :id").param("user", userId).param("id", id)
                .query(Addresses::map).optional();
    }

    int count(UUID userId) {
        return jdbc.sql("SELECT count(*) FROM address WHERE user_id = :user").param("user", userId).query(Integer.class).single();
    }

    void insert(UUID userId, Address address) {
        jdbc.sql("""
                INSERT INTO address (id, user_id, full_name, line1, line2, city, postal_code, region, country, phone, created_at)
                VALUES (:id, :user, :fullName, :line1, :line2, :city, :postalCode, :region, :country, :phone, now())""")
                .params(columns(userId, address)).update();
    }

    boolean update(UUID userId, Address address) {
        return jdbc.sql("""
                UPDATE address SET full_name = :fullName, line1 = :line1, line2 = :line2, city = :city,
                       postal_code = :postalCode, region = :region, country = :country, phone = :phone
                WHERE id = :id AND user_id = :user""")
                .params(columns(userId, address)).update() == 1;
    }

    boolean delete(UUID userId, UUID id) {
        return jdbc.sql("DELETE FROM address WHERE id = :id AND user_id = :user").param("id", id).param("user", userId).update() == 1;
    }

    private static java.util.Map<String, Object> columns(UUID userId, Address address) {
        java.util.Map<String, Object> columns = new java.util.HashMap<>();
        columns.put("id", address.id());
        columns.put("user", userId);
        columns.put("fullName", address.fullName());
        columns.put("line1", address.line1());
        columns.put("line2", address.line2());
        columns.put("city", address.city());
        columns.put("postalCode", address.postalCode());
        columns.put("region", address.region());
        columns.put("country", address.country());
        columns.put("phone", address.phone());
        return columns;
    }

    private static Address map(ResultSet rs, int row) throws SQLException {
        return new Address(rs.getObject("id", UUID.class), rs.getString("full_name"), rs.getString("line1"),
                rs.getString("line2"), rs.getString("city"), rs.getString("postal_code"), rs.getString("region"),
                rs.getString("country"), rs.getString("phone"));
    }
}
