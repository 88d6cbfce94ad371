package dev.emporium.web.cart;

import dev.emporium.web.upstream.UpstreamUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The cart page and its forms. Every form is a plain POST that ends in a redirect (it works without JavaScript);
 * htmx enhances adding from a product page (the answer is a status fragment and the header's count, no reload)
 * and the cart page's forms ({@code hx-boost}). A refusal (more than is available, a product no longer sold, a
 * quantity that is not one) comes back as a message next to the form.
 */
@Controller
class CartController {

    static final String SKU = "[A-Za-z0-9._-]{1,64}";

    private final ShopperCart cart;
    private final MessageSource messages;

    CartController(ShopperCart cart, MessageSource messages) {
        this.cart = cart;
        this.messages = messages;
    }

    @GetMapping("/cart")
    String cart(HttpServletRequest request, Model model) {
        try {
            model.addAttribute("cart", cart.view(request));
        } catch (UpstreamUnavailableException e) {
            model.addAttribute("cartUnavailable", true);
        }
        return "cart";
    }

    /** From a product page: {@code sku}, {@code quantity}, and the product's {@code slug} to go back to. */
    @PostMapping("/cart/items")
    String add(@Valid AddToCart form, BindingResult binding, HttpServletRequest request, Model model,
            RedirectAttributes redirect, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
        String message;
        boolean added = false;
        if (binding.hasErrors()) {
            message = text(binding.hasFieldErrors("quantity") ? "cart.error.quantity" : "cart.error.unknown-product", null);
        } else {
            ShopperCart.Change change = cart.add(request, form.sku(), form.quantity());
            added = change instanceof ShopperCart.Change.Done;
            message = change instanceof ShopperCart.Change.Refused refused ? text(refused.reason(), refused.argument())
                    : text("cart.added", null);
        }
        if (htmx != null) {
            model.addAttribute("added", added);
            model.addAttribute("message", message);
            model.addAttribute("cartCount", ShopperCart.count(request));
            return "fragments/cart-status :: status";
        }
        redirect.addFlashAttribute(added ? "cartMessage" : "cartError", message);
        boolean backToProduct = form.slug() != null && form.slug().matches(AddToCart.SLUG) && !binding.hasFieldErrors("slug");
        return backToProduct ? "redirect:/p/" + form.slug() + (form.sku() != null && form.sku().matches(SKU) ? "?sku=" + form.sku() : "")
                : "redirect:/cart";
    }

    @PostMapping("/cart/items/{sku}")
    String setQuantity(@PathVariable String sku, @Valid QuantityChange form, BindingResult binding,
            HttpServletRequest request, RedirectAttributes redirect) {
        if (!sku.matches(SKU) || binding.hasErrors()) {
            redirect.addFlashAttribute("cartError", text("cart.error.quantity", null));
            return "redirect:/cart";
        }
        refusal(cart.setQuantity(request, sku, form.quantity()), redirect);
        return "redirect:/cart";
    }

    @PostMapping("/cart/items/{sku}/remove")
    String remove(@PathVariable String sku, HttpServletRequest request, RedirectAttributes redirect) {
        if (sku.matches(SKU)) {
            refusal(cart.remove(request, sku), redirect);
        }
        return "redirect:/cart";
    }

    private void refusal(ShopperCart.Change change, RedirectAttributes redirect) {
        if (change instanceof ShopperCart.Change.Refused refused) {
            redirect.addFlashAttribute("cartError", text(refused.reason(), refused.argument()));
        }
    }

    private String text(String key, @Nullable Integer argument) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, argument == null ? null : new Object[] {argument}, locale);
    }

    /** @param slug the product page the form was on */
    record AddToCart(@NotNull @Pattern(regexp = SKU) String sku, @NotNull @Min(1) @Max(99) Integer quantity,
            @Nullable @Pattern(regexp = SLUG) String slug) {
        static final String SLUG = "[A-Za-z0-9-]{1,200}";
    }

    /** 0 removes the line. */
    record QuantityChange(@NotNull @Min(0) @Max(99) Integer quantity) {
    }
}
