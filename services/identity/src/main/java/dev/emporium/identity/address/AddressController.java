package dev.emporium.identity.address;

import dev.emporium.platform.security.AuthenticatedUser;
import dev.emporium.platform.web.ApiException;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's address book. */
@RestController
@RequestMapping("/api/v1/users/me/addresses")
class AddressController {

    static final int MAX_ADDRESSES = 50;

    private final Addresses addresses;

    AddressController(Addresses addresses) {
        this.addresses = addresses;
    }

    @GetMapping
    List<Address> list(@AuthenticationPrincipal Jwt token) {
        return addresses.of(owner(token));
    }

    @PostMapping
    @Transactional
    ResponseEntity<Address> add(@AuthenticationPrincipal Jwt token, @Valid @RequestBody AddressRequest request) {
        UUID owner = owner(token);
        if (addresses.count(owner) >= MAX_ADDRESSES) {
            throw new ApiException(HttpStatus.CONFLICT, "ADDRESS_LIMIT_REACHED",
                    "An address book holds at most " + MAX_ADDRESSES + " addresses");
        }
        Address address = toAddress(UUID.randomUUID(), request);
        addresses.insert(owner, address);
        return ResponseEntity.created(URI.create("/api/v1/users/me/addresses/" + address.id())).body(address);
    }

    @PutMapping("/{id}")
    Address replace(@AuthenticationPrincipal Jwt token, @PathVariable UUID id, @Valid @RequestBody AddressRequest request) {
        Address address = toAddress(id, request);
        if (!addresses.update(owner(token), address)) {
            throw ApiException.notFound("Address");
        }
        return address;
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
        if (!addresses.delete(owner(token), id)) {
            throw ApiException.notFound("Address");
        }
        return ResponseEntity.noContent().build();
    }

    private static UUID owner(Jwt token) {
        return AuthenticatedUser.from(token).id();
    }

    private static Address toAddress(UUID id, AddressRequest request) {
        return new Address(id, request.fullName().strip(), request.line1().strip(), blankToNull(request.line2()),
                request.city().strip(), request.postalCode().strip(), blankToNull(request.region()), request.country(),
                blankToNull(request.phone()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
