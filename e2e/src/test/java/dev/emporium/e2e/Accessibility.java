package dev.emporium.e2e;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * axe-core (Deque's accessibility engine, from its WebJar) run in the page as it is: the serious and critical
 * violations of WCAG 2.1 A/AA rules and axe's best practices, each as "rule: help (the elements)".
 */
final class Accessibility {

    private static final String ENGINE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final String SOURCE = load();

    private static final String RUN = """
            async () => {
              const results = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
                resultTypes: ['violations']
              });
              return results.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ': ' + v.help + ' (' + v.nodes.map(n => n.target.join(' ')).join(', ') + ')');
            }""";

    private Accessibility() {
    }

    /**
     * Loads the engine into every document the page opens from now on. An init script is injected by the browser
     * itself, so the page's Content-Security-Policy (no inline scripts, no eval) neither blocks nor reports it.
     */
    static void enable(Page page) {
        page.addInitScript(SOURCE);
    }

    /** The serious and critical violations on the page now (empty when it passes); the page must be {@link #enable}d. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
            throw new IllegalStateException("axe-core is not loaded in " + page.url() + ": call Accessibility.enable(page) before navigating");
        }
        return (List<String>) page.evaluate(RUN, Map.of());
    }

    private static String load() {
        try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream(ENGINE)) {
            if (in == null) {
                throw new IllegalStateException(ENGINE + " is not on the test class path (org.webjars.npm:axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
