package dev.emporium.web.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Where Spring Security forwards a refused request: a form posted without the session's CSRF token (or with a stale
 * one, after the session expired) or a page the user's role may not see. A page saying what to do, not a blank 403.
 */
@Controller
class DeniedController {

    static final String PATH = "/denied";

    @RequestMapping(PATH)
    String denied(HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("requestId", request.getAttribute("requestId"));
        if (request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("status", 404);
            model.addAttribute("reason", "error.not-found");
            return "error";
        }
        boolean staleForm = request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException;
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("status", 403);
        model.addAttribute("reason", staleForm ? "error.stale-form" : "error.forbidden");
        return "error";
    }
}
