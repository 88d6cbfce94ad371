package dev.emporium.identity.address;

import dev.emporium.platform.openapi.ApiProblem;
import dev.emporium.platform.security.AuthenticatedUser;
import dev.emporium.platform.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Addresses", description = """
        The signed-in user's address book (at most 50 addresses), e.g. for shipping. Another user's \
        address does not exist for the caller: 404.""")
class AddressController {

    static final int MAX_ADDRESSES = 50;
    private static final String ADDRESS_ID = "The address's id, as returned when it was added.";
    private static final String NOT_YOURS = "no address with this id in the caller's address book (also when it belongs to another user)";

    private final Addresses addresses;

    AddressController(Addresses addresses) {
        this.addresses = addresses;
    }

    @GetMapping
    @Operation(operationId = "listMyAddresses", summary = "List my addresses",
            description = "All addresses of the signed-in user, oldest first (at most 50, so not paged).")
    @ApiResponse(responseCode = "200", description = "The address book, possibly empty.")
    List<Address> list(@AuthenticationPrincipal Jwt token) {
        return addresses.of(owner(token));
    }

    @PostMapping
    @Transactional
    @Operation(operationId = "addMyAddress", summary = "Add an address",
            description = "Adds an address to the signed-in user's address book, which holds at most 50.")
    @ApiResponse(responseCode = "201", description = "The address was added, as stored.",
            headers = @Header(name = "Location", description = "The new address: `/api/v1/users/me/addresses/{id}`.",
                    schema = @Schema(type = "string")))
    @ApiProblem(status = 409, codes = "ADDRESS_LIMIT_REACHED", when = "the address book holds 50 addresses already; delete one first")
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
    @Operation(operationId = "replaceMyAddress", summary = "Replace an address",
            description = "Replaces every field of one of the signed-in user's addresses; its id stays. Optional fields "
                    + "left out become null.")
    @ApiResponse(responseCode = "200", description = "The address after the change, as stored.")
    @ApiProblem(status = 404, codes = "NOT_FOUND", when = NOT_YOURS)
    Address replace(@AuthenticationPrincipal Jwt token, @Parameter(description = ADDRESS_ID) @PathVariable UUID id,
            @Valid @RequestBody AddressRequest request) {
        Address address = toAddress(id, request);
        if (!addresses.update(owner(token), address)) {
            throw ApiException.notFound("Address");
        }
        return address;
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "deleteMyAddress", summary = "Delete an address",
            description = "Removes one of the signed-in user's addresses.")
    @ApiResponse(responseCode = "204", description = "The address was deleted.")
    @ApiProblem(status = 404, codes = "NOT_FOUND", when = NOT_YOURS + "; deleting twice answers 404 the second time")
    ResponseEntity<Void> delete(@AuthenticationPrincipal Jwt token, @Parameter(description = ADDRESS_ID) @PathVariable UUID id) {
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
