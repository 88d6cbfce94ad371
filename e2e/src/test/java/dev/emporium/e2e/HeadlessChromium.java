package dev.emporium.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The system's Chromium ({@code /usr/bin/chromium}, or {@code -Demporium.e2e.chromium}), headless, driven by
 * Playwright. Playwright never downloads a browser here: the machines are offline and Debian's Chromium is the one
 * CI installs ({@code .ci/run}).
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path EXECUTABLE = Path.of(System.getProperty("emporium.e2e.chromium", "/usr/bin/chromium"));

    /** Actions and assertions wait this long: the 2-core CI machine renders a large document slowly. */
    private static final double TIMEOUT_MILLIS = 30_000;

    private static final List<String> ARGUMENTS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync");

    private final Playwright playwright;
    private final Browser browser;

    HeadlessChromium() {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException("No Chromium at " + EXECUTABLE + ": install it (Debian: apt-get install "
                    + "chromium; .ci/run does) or name another with -Demporium.e2e.chromium=<path>");
        }
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MILLIS);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(ARGUMENTS));
    }

    /** A page in a context of its own, so no test sees another's local storage (where Swagger UI keeps tokens). */
    BrowserPage newPage() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000));
        context.setDefaultTimeout(TIMEOUT_MILLIS);
        return new BrowserPage(context, context.newPage());
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }

    /** A page and what the browser refused to load or run on it because of the Content-Security-Policy. */
    static final class BrowserPage implements AutoCloseable {

        final Page page;
        private final BrowserContext context;
        private final List<String> policyViolations = new CopyOnWriteArrayList<>();

        private BrowserPage(BrowserContext context, Page page) {
            this.context = context;
            this.page = page;
            // Chromium reports each blocked script, style, worker or request as a console error naming the policy.
            page.onConsoleMessage(message -> {
                if (message.text().contains("Content Security Policy")) {
                    policyViolations.add(message.text());
                }
            });
        }

        List<String> policyViolations() {
            return List.copyOf(policyViolations);
        }

        @Override
        public void close() {
            context.close();
        }
    }
}
