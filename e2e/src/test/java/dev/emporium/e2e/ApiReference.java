package dev.emporium.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;

/** The gateway's API reference page: one service's OpenAPI document rendered by Redoc. */
final class ApiReference {

    /** Each operation's section; its request panel names the method and the path. */
    private static final String OPERATION = "[data-section-id^='operation/']";

    private final Page page;

    private ApiReference(Page page) {
        this.page = page;
    }

    /** Opens the reference of one service and waits until Redoc has rendered its operations. */
    static ApiReference open(Page page, String gatewayUrl, String service) {
        page.navigate(gatewayUrl + "/api-docs.html?service=" + service);
        assertThat(page.locator(OPERATION).first()).isVisible();
        return new ApiReference(page);
    }

    /** The services the page links to. */
    List<String> services() {
        return page.locator("#services a").allInnerTexts();
    }

    /** Whether Redoc shows an operation of this method and path (waits for it, up to the default timeout). */
    boolean showsOperation(String method, String path) {
        Locator operation = page.locator(OPERATION).filter(new Locator.FilterOptions().setHas(
                page.locator(".http-verb." + method.toLowerCase() + " + span:text-is('" + path + "')")));
        assertThat(operation).hasCount(1);
        return operation.isVisible();
    }

    /** Types into Redoc's search box (answered by its search worker) and returns the operations it finds. */
    List<String> search(String text) {
        page.getByPlaceholder("Search...").fill(text);
        Locator results = page.locator("[data-role='search:results'] li");
        assertThat(results.first()).isVisible();
        return results.allInnerTexts();
    }
}
