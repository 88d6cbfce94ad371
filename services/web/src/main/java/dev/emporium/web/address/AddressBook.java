package dev.emporium.web.address;

import dev.emporium.web.upstream.Answer;
import dev.emporium.web.upstream.Upstream;
import dev.emporium.web.upstream.UpstreamUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The customer's address book at identity ({@code /api/v1/users/me/addresses}, with their own token): list, add,
 * delete. Identity holds at most 50 addresses per customer.
 */
@Component
public class AddressBook {

    private final Upstream identity;

    AddressBook(Upstream identityApi) {
        this.identity = identityApi;
    }

    /** The addresses, oldest first; the answer's status when identity refused the token (401). */
    public Listed list(String accessToken) {
        Answer answer = identity.get("/api/v1/users/me/addresses").bearer(accessToken).send();
        if (!answer.ok()) {
            return new Listed(answer.status(), List.of());
        }
        List<Address> addresses = new ArrayList<>();
        for (JsonNode address : answer.body()) {
            addresses.add(Answer.read(address, Address.class));
        }
        return new Listed(answer.status(), addresses);
    }

    /** Adds the address, unless the book has the same one already (then that one is the answer). */
    public Added add(String accessToken, AddressForm form) {
        Listed listed = list(accessToken);
        if (listed.status() != 200) {
            return new Added.Refused(listed.status(), List.of());
        }
        Optional<Address> same = listed.addresses().stream().filter(address -> address.fields().sameAs(form)).findFirst();
        if (same.isPresent()) {
            return new Added.Stored(same.get());
        }
        Answer answer = identity.post("/api/v1/users/me/addresses").bearer(accessToken).json(form.json()).send();
        if (answer.status() == 201 || answer.status() == 200) {
            return new Added.Stored(answer.as(Address.class));
        }
        if (answer.status() == 409) {
            return new Added.BookFull();
        }
        if (answer.status() == 400 || answer.status() == 401) {
            List<String> fields = new ArrayList<>();
            answer.body().path("errors").forEach(error -> fields.add(error.path("field").asString("")));
            return new Added.Refused(answer.status(), fields);
        }
        throw new UpstreamUnavailableException(identity.service(), "adding an address answered " + answer.status(), null);
    }

    /** The answer's status: 204 deleted, 404 not the customer's (or deleted already), 401 token refused. */
    public int delete(String accessToken, UUID id) {
        return identity.delete("/api/v1/users/me/addresses/{id}", id).bearer(accessToken).send().status();
    }

    public record Listed(int status, List<Address> addresses) {
        public Optional<Address> find(UUID id) {
            return addresses.stream().filter(address -> address.id().equals(id)).findFirst();
        }
    }

    public sealed interface Added {
        record Stored(Address address) implements Added {
        }

        /** 50 addresses already. */
        record BookFull() implements Added {
        }

        /** Identity refused these fields (the form checks the same rules first), or the token (401). */
        record Refused(int status, List<String> fields) implements Added {
        }
    }
}
