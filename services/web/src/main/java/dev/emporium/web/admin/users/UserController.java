package dev.emporium.web.admin.users;

import dev.emporium.web.admin.AdminApi;
import dev.emporium.web.admin.Paging;
import dev.emporium.web.upstream.Upstream;
import dev.emporium.web.upstream.UpstreamUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The accounts (identity's admin list, oldest first), all or of one role, by pages. Read only. */
@Controller
class UserController {

    static final List<String> ROLES = List.of("CUSTOMER", "ADMIN");
    private static final int PAGE_SIZE = 50;

    private final AdminApi api;
    private final Upstream identity;

    UserController(AdminApi api, Upstream identityApi) {
        this.api = api;
        this.identity = identityApi;
    }

    @GetMapping("/admin/users")
    String users(@RequestParam(required = false) @Nullable String role, @RequestParam(required = false) @Nullable Integer page,
            HttpServletRequest request, Model model) {
        String wanted = role != null && ROLES.contains(role) ? role : null;
        model.addAttribute("role", wanted);
        model.addAttribute("roles", ROLES);
        model.addAttribute("pagePath", wanted == null ? "/admin/users" : "/admin/users?role=" + wanted);
        try {
            UserPage users = api.caller(request).send(identity.get("/api/v1/admin/users").query("role", wanted)
                    .query("page", Paging.requested(page)).query("size", PAGE_SIZE)).expect(identity.service(), UserPage.class);
            model.addAttribute("users", users.items());
            model.addAttribute("paging", Paging.of(users.page(), users.totalPages(), users.totalItems()));
        } catch (UpstreamUnavailableException e) {
            model.addAttribute("unavailable", true);
        }
        return "admin/users";
    }

    record User(UUID id, String email, String name, @Nullable List<String> roles, @Nullable Instant createdAt) {
        public User {
            roles = roles == null ? List.of() : roles;
        }
    }

    record UserPage(List<User> items, int page, long totalItems, int totalPages) {
        UserPage {
            items = items == null ? List.of() : items;
        }
    }
}
