package dev.emporium.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;

/** The gateway's Swagger UI as a person uses it: pick a service, authorize, try an operation. */
final class SwaggerUi {

    private static final Pattern STATUS = Pattern.compile("^\\s*(\\d{3})");

    private final Page page;

    private SwaggerUi(Page page) {
        this.page = page;
    }

    static SwaggerUi open(Page page, String gatewayUrl) {
        page.navigate(gatewayUrl + "/swagger-ui.html");
        assertThat(page.locator(".topbar select")).isVisible();
        return new SwaggerUi(page);
    }

    /** Shows one service's document (the "Select a definition" list) and waits until its operations are listed. */
    SwaggerUi showDocument(String service) {
        page.locator(".topbar select").selectOption(service);
        // the document's address, shown under its title, changes only once the new document is rendered
        assertThat(page.locator(".information-container .url")).hasText(Pattern.compile("/v3/api-docs/" + service + "$"));
        assertThat(page.locator(".opblock").first()).isVisible();
        return this;
    }

    /**
     * Loads the page again with the chosen document (Swagger UI keeps it in the query) and waits for its operations.
     * Without the fragment, which would otherwise expand the operation last opened.
     */
    SwaggerUi reload() {
        page.navigate(page.url().replaceFirst("#.*$", ""));
        assertThat(page.locator(".opblock").first()).isVisible();
        return this;
    }

    /**
     * Authorize, paste the token as the bearer value of the users' scheme ({@code bearerAuth}; a document may list
     * services' schemes too, each with a form of its own), Authorize, Close.
     */
    SwaggerUi authorize(String bearerToken) {
        page.locator(".auth-wrapper button.authorize").click();
        Locator dialog = page.locator(".modal-ux");
        Locator users = dialog.locator("form").filter(new Locator.FilterOptions().setHasText("bearerAuth"));
        users.locator("#auth-bearer-value").fill(bearerToken);
        users.locator(".auth-btn-wrapper button.authorize").click();
        users.locator("button.btn-done").click();
        assertThat(dialog).isHidden();
        return this;
    }

    /** Whether the Authorize button shows a lock: a token is set for the document's security scheme. */
    boolean isAuthorized() {
        Locator button = page.locator(".auth-wrapper button.authorize");
        assertThat(button).isVisible();
        return button.getAttribute("class").contains("locked");
    }

    /** Expands the operation, Try it out, Execute: the status code of the response Swagger UI shows. */
    int execute(String method, String path) {
        Locator operation = page.locator(".opblock-" + method.toLowerCase())
                .filter(new Locator.FilterOptions().setHas(page.locator("[data-path='" + path + "']")));
        operation.locator("button.opblock-summary-control").click();
        operation.locator("button.try-out__btn").click();
        operation.locator("button.execute").click();
        Locator status = operation.locator(".live-responses-table .response .response-col_status");
        assertThat(status).containsText(STATUS);
        var matcher = STATUS.matcher(status.innerText());
        if (!matcher.find()) {
            throw new AssertionError("Swagger UI shows no status code: " + status.innerText());
        }
        return Integer.parseInt(matcher.group(1));
    }
}
