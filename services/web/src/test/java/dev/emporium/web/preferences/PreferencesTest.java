package dev.emporium.web.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PreferencesTest {

    @Test
    void acceptsGermanWhateverItsRegion() {
        assertThat(Preferences.language("de-AT")).isEqualTo(Locale.GERMAN);
    }

    @Test
    void refusesALanguageTheShopIsNotWrittenIn() {
        assertThat(Preferences.language("fr")).isNull();
    }

    @Test
    void refusesNonsenseAsALanguage() {
        assertThat(Preferences.language("<script>")).isNull();
    }
}
