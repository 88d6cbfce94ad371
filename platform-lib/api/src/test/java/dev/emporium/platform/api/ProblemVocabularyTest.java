package dev.emporium.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemVocabularyTest {

    @Test
    void namesTheProblemTypeAfterItsCode() {
        assertThat(ProblemTypes.of("TOO_MANY_LOGIN_ATTEMPTS"))
                .isEqualTo("https://emporium.dev/problems/too-many-login-attempts");
    }

    @Test
    void givesFrameworkRaisedStatusesTheirStableCode() {
        assertThat(ProblemCodes.forStatus(414)).isEqualTo(ProblemCodes.URI_TOO_LONG);
        assertThat(ProblemCodes.forStatus(431)).isEqualTo(ProblemCodes.HEADERS_TOO_LARGE);
        assertThat(ProblemCodes.forStatus(418)).isEqualTo(ProblemCodes.BAD_REQUEST);
        assertThat(ProblemCodes.forStatus(507)).isEqualTo(ProblemCodes.INTERNAL_ERROR);
    }

    @Test
    void declaresEveryPublicReadAsAnAbsoluteApiPath() {
        assertThat(PublicPaths.READS).allMatch(path -> path.startsWith("/api/v1/") || path.startsWith("/.well-known/"));
    }
}
