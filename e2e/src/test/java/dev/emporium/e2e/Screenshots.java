package dev.emporium.e2e;

import com.microsoft.playwright.Page;
import java.nio.file.Path;

/** Full-page screenshots of a journey's steps, kept in {@code e2e/target/screenshots/<journey>-<step>.png}. */
final class Screenshots {

    static final Path DIRECTORY = Path.of(System.getProperty("emporium.e2e.screenshots", "target/screenshots"));

    private Screenshots() {
    }

    static Path take(Page page, String journey, String step) {
        Path file = DIRECTORY.resolve(journey + "-" + step + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }
}
