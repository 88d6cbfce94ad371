package dev.emporium.order.shipping;

import dev.emporium.platform.web.ApiException;
import java.util.List;
import org.springframework.stereotype.Component;

/** Every carrier this service can ship with, by code. */
@Component
public class Carriers {

    private final List<Carrier> carriers;

    Carriers(List<Carrier> carriers) {
        this.carriers = List.copyOf(carriers);
    }

    /** The carrier of this code, or 400 naming the ones there are. */
    public Carrier named(String code) {
        return carriers.stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> ApiException.invalidField("carrier", "must be one of " + carriers.stream().map(Carrier::code).toList()));
    }
}
