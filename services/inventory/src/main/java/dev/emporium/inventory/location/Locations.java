package dev.emporium.inventory.location;

import dev.emporium.platform.web.ApiException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Locations {

    private final JdbcClient jdbc;

    Locations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Location> all() {
        return jdbc.sql("SELECT id, code, name, country, priority, active FROM location ORDER BY priority, code")
                .query(Location.class).list();
    }

    public Optional<Location> find(UUID id) {
        return jdbc.sql("SELECT id, code, name, country, priority, active FROM location WHERE id = :id")
                .param("id", id).query(Location.class).optional();
    }

    /** The location named by a request, or the default one when the request names none. */
    public Location resolve(UUID id) {
        if (id == null) {
            return jdbc.sql("SELECT id, code, name, country, priority, active FROM location WHERE code = :code")
                    .param("code", Location.DEFAULT_CODE).query(Location.class).single();
        }
        return find(id).orElseThrow(() -> ApiException.notFound("Location"));
    }

    Location create(LocationRequest request) {
        Location location = new Location(UUID.randomUUID(), request.code(), request.name().strip(), request.country(),
                request.priority(), request.active() == null || request.active());
        try {
            jdbc.sql("INSERT INTO location (id, code, name, country, priority, active) VALUES (:id, :code, :name, :country, :priority, :active)")
                    .paramSource(location).update();
        } catch (DuplicateKeyException e) {
            throw new ApiException(HttpStatus.CONFLICT, "LOCATION_CODE_TAKEN", "Another location already has the code " + request.code());
        }
        return location;
    }
}
