package dev.emporium.identity.user;

import dev.emporium.platform.web.PageQuery;
import dev.emporium.platform.web.PageResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Admins browse accounts (oldest first, stable paging), optionally only those with a role. */
@RestController
@RequestMapping("/api/v1/admin/users")
class AdminUserController {

    private final Users users;

    AdminUserController(Users users) {
        this.users = users;
    }

    enum Role { CUSTOMER, ADMIN }

    @GetMapping
    PageResponse<User.UserView> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) Role role) {
        PageQuery query = PageQuery.of(page, size);
        String roleName = role == null ? null : role.name();
        return PageResponse.of(users.page(query, roleName).stream().map(User::view).toList(), query, users.count(roleName));
    }
}
