package dev.emporium.web.harness;

import dev.emporium.web.harness.Browser.Page;
import java.util.Map;

/**
 * The admin portal against the real services ({@link RunningServices}), driven by a browser without JavaScript
 * signed in as identity's first admin. The subclasses share the storefront tests' context.
 */
public abstract class AdminPortalTest extends LiveServicesTest {

    protected final TestOrders orders = new TestOrders();

    /** Signs this test's browser in as the admin; the dashboard it lands on. */
    protected Page signInAsAdmin() {
        Page form = browser.get("/login?next=/admin");
        Page signedIn = browser.submit(form, "main form", Map.of("email", RunningServices.ADMIN_EMAIL,
                "password", RunningServices.ADMIN_PASSWORD));
        if (signedIn.status() != 302 && signedIn.status() != 303) {
            throw new IllegalStateException("The admin could not sign in: " + signedIn.status());
        }
        return browser.follow(signedIn);
    }
}
