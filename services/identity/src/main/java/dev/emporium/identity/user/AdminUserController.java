package dev.emporium.identity.user;

import dev.emporium.platform.web.PageQuery;
import dev.emporium.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Admins browse accounts (oldest first, stable paging), optionally only those with a role. */
@RestController
@RequestMapping("/api/v1/admin/users")
@Tag(name = "Users (admin)", description = "Browsing all accounts, for administrators.")
class AdminUserController {

    private final Users users;

    AdminUserController(Users users) {
        this.users = users;
    }

    enum Role { CUSTOMER, ADMIN }

    @GetMapping
    @Operation(operationId = "listUsers", summary = "List accounts",
            description = "A page of accounts, oldest first (ties by id), so paging is stable while accounts are added.")
    @ApiResponse(responseCode = "200", description = "A page of accounts.")
    PageResponse<User.UserView> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @Parameter(description = "Only accounts with this role; all accounts when absent.", example = "ADMIN")
            @RequestParam(required = false) Role role) {
        PageQuery query = PageQuery.of(page, size);
        String roleName = role == null ? null : role.name();
        return PageResponse.of(users.page(query, roleName).stream().map(User::view).toList(), query, users.count(roleName));
    }
}
