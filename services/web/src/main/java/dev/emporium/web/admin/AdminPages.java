package dev.emporium.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every admin page's layout needs besides the storefront's: which section of the portal's navigation is current. */
@ControllerAdvice(basePackages = "dev.emporium.web.admin")
class AdminPages {

    @ModelAttribute("section")
    String section(HttpServletRequest request) {
        String[] parts = request.getRequestURI().split("/");
        return parts.length > 2 ? parts[2] : "dashboard";
    }
}
