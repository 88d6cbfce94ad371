package dev.emporium.gateway.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;

class CachePolicyTest {

    private static final Duration MAX_FRESHNESS = Duration.ofSeconds(60);
    private static final String SERVICES_PUBLIC = "max-age=0, must-revalidate, public, s-maxage=2";

    private final CachePolicy policy = new CachePolicy(MAX_FRESHNESS);

    @Test
    void keepsAPublicAnswerForItsSharedMaxAge() {
        assertThat(policy.freshness(200, answer(SERVICES_PUBLIC))).contains(Duration.ofSeconds(2));
    }

    @Test
    void fallsBackToMaxAgeWithoutASharedMaxAge() {
        assertThat(policy.freshness(200, answer("public, max-age=30"))).contains(Duration.ofSeconds(30));
    }

    @Test
    void capsFreshnessAtTheConfiguredMaximum() {
        assertThat(policy.freshness(200, answer("public, s-maxage=3600"))).contains(MAX_FRESHNESS);
    }

    @Test
    void takesAnEnormousMaxAgeAsTheMaximum() {
        assertThat(policy.freshness(200, answer("s-maxage=99999999999999999999999"))).contains(MAX_FRESHNESS);
    }

    @Test
    void keepsNothingWhoseSharedMaxAgeIsZeroWhateverMaxAgeSays() {
        assertThat(policy.freshness(200, answer("public, max-age=60, s-maxage=0"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"public", "must-revalidate", "max-age=0", ""})
    void keepsNothingWithoutFreshness(String cacheControl) {
        assertThat(policy.freshness(200, answer(cacheControl))).isEmpty();
    }

    @Test
    void keepsNothingWithoutCacheControl() {
        HttpHeaders answer = new HttpHeaders();
        answer.setETag("\"v1\"");
        assertThat(policy.freshness(200, answer)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {201, 203, 204, 206, 301, 304, 404, 410, 500})
    void keepsNoStatusButOk(int status) {
        assertThat(policy.freshness(status, answer(SERVICES_PUBLIC))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"max-age=0, must-revalidate, private", "private, s-maxage=60", "PRIVATE, s-maxage=60",
        "private=\"Set-Cookie\", s-maxage=60", "no-store, s-maxage=60", "public, no-cache, s-maxage=60",
        "no-cache=\"Set-Cookie\", s-maxage=60"})
    void keepsNothingPrivateUnstorableOrToRevalidate(String cacheControl) {
        assertThat(policy.freshness(200, answer(cacheControl))).isEmpty();
    }

    @Test
    void keepsNothingThatSetsACookie() {
        HttpHeaders answer = answer(SERVICES_PUBLIC);
        answer.add(HttpHeaders.SET_COOKIE, "session=abc; HttpOnly");
        assertThat(policy.freshness(200, answer)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "Accept-Language, *", "Cookie", "Authorization", "Origin", "X-Cart-Id",
        "Accept-Currency, User-Agent"})
    void keepsNothingVaryingWithAHeaderOutsideTheKey(String vary) {
        HttpHeaders answer = answer(SERVICES_PUBLIC);
        answer.set(HttpHeaders.VARY, vary);
        assertThat(policy.freshness(200, answer)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Accept-Currency, Accept-Language", "accept, ACCEPT-ENCODING", " Accept-Language ,, "})
    void keepsAnswersVaryingOnlyWithHeadersOfTheKey(String vary) {
        HttpHeaders answer = answer(SERVICES_PUBLIC);
        answer.set(HttpHeaders.VARY, vary);
        assertThat(policy.freshness(200, answer)).contains(Duration.ofSeconds(2));
    }

    @Test
    void keepsNothingCompressed() {
        HttpHeaders answer = answer(SERVICES_PUBLIC);
        answer.set(HttpHeaders.CONTENT_ENCODING, "gzip");
        assertThat(policy.freshness(200, answer)).isEmpty();
    }

    @Test
    void keepsAnAnswerWhoseEncodingIsIdentity() {
        HttpHeaders answer = answer(SERVICES_PUBLIC);
        answer.set(HttpHeaders.CONTENT_ENCODING, "identity");
        assertThat(policy.freshness(200, answer)).contains(Duration.ofSeconds(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUBLIC,S-MAXAGE=5", "  public ,  s-maxage = 5 ", "public,,s-maxage=5,", "\tpublic,\ts-maxage=5",
        "public, s-maxage=\"5\"", "ext=\"a, b; s-maxage=9\", s-maxage=5", "ext=\"quoted \\\" quote\", s-maxage=5",
        "s-maxage=5, s-maxage=5", "community=UCI, s-maxage=5"})
    void readsOddlyWrittenButValidHeaders(String cacheControl) {
        assertThat(policy.freshness(200, answer(cacheControl))).contains(Duration.ofSeconds(5));
    }

    @Test
    void readsDirectivesSpreadOverSeveralHeaderLines() {
        HttpHeaders answer = new HttpHeaders();
        answer.add(HttpHeaders.CACHE_CONTROL, "public");
        answer.add(HttpHeaders.CACHE_CONTROL, "s-maxage=5");
        assertThat(policy.freshness(200, answer)).contains(Duration.ofSeconds(5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"s-maxage=abc", "s-maxage=-1", "s-maxage=", "s-maxage", "s-maxage=5 6", "s-maxage=1.5",
        "public; s-maxage=5", "s-maxage=5, s-maxage=6", "ext=\"unterminated, s-maxage=5", "=5, s-maxage=5",
        "s-maxage=5, max-age=x", "public s-maxage=5", "s-maxage=5 ,@"})
    void keepsNothingWhoseCacheControlIsGarbage(String cacheControl) {
        assertThat(policy.freshness(200, answer(cacheControl))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-cache", "max-age=0", "No-Cache", "max-age=\"0\"", "garbage;;"})
    void seesAClientAskingForAFreshAnswer(String cacheControl) {
        HttpHeaders request = new HttpHeaders();
        request.set(HttpHeaders.CACHE_CONTROL, cacheControl);
        assertThat(CachePolicy.refreshRequested(request)).isTrue();
    }

    @Test
    void seesAnOldClientAskingForAFreshAnswerWithPragma() {
        HttpHeaders request = new HttpHeaders();
        request.set(HttpHeaders.PRAGMA, "no-cache");
        assertThat(CachePolicy.refreshRequested(request)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"max-age=60", "max-stale", "only-if-cached"})
    void letsAClientTakeAKeptAnswer(String cacheControl) {
        HttpHeaders request = new HttpHeaders();
        request.set(HttpHeaders.CACHE_CONTROL, cacheControl);
        assertThat(CachePolicy.refreshRequested(request)).isFalse();
    }

    @Test
    void letsAClientWithoutCacheControlTakeAKeptAnswer() {
        assertThat(CachePolicy.refreshRequested(new HttpHeaders())).isFalse();
    }

    @Test
    void seesAClientForbiddingStorage() {
        HttpHeaders request = new HttpHeaders();
        request.set(HttpHeaders.CACHE_CONTROL, "no-store");
        assertThat(CachePolicy.storingForbidden(request)).isTrue();
    }

    private static HttpHeaders answer(String cacheControl) {
        HttpHeaders answer = new HttpHeaders();
        answer.set(HttpHeaders.CACHE_CONTROL, cacheControl);
        answer.set(HttpHeaders.VARY, "Accept-Currency, Accept-Language");
        return answer;
    }
}
