package dev.emporium.gateway.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;

class ConditionalsTest {

    private static final String LAST_MODIFIED = "Wed, 21 Oct 2015 07:28:00 GMT";

    @ParameterizedTest
    @ValueSource(strings = {"\"v1\"", "W/\"v1\"", "\"v0\", \"v1\"", "\"v0\",W/\"v1\"", "*", " \"v1\" "})
    void answersNotModifiedWhenAnEntityTagMatchesWeakly(String ifNoneMatch) {
        assertThat(Conditionals.notModified(request(HttpHeaders.IF_NONE_MATCH, ifNoneMatch), answer("\"v1\""))).isTrue();
    }

    @Test
    void matchesAWeakETagOfTheAnswerToo() {
        assertThat(Conditionals.notModified(request(HttpHeaders.IF_NONE_MATCH, "\"v1\""), answer("W/\"v1\""))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"v2\"", "\"V1\"", "v1", "W/v1", "", "\"v0\", \"v2\""})
    void answersInFullWhenNoEntityTagMatches(String ifNoneMatch) {
        assertThat(Conditionals.notModified(request(HttpHeaders.IF_NONE_MATCH, ifNoneMatch), answer("\"v1\""))).isFalse();
    }

    @Test
    void matchesOnlyTheWildcardWhenTheAnswerHasNoETag() {
        HttpHeaders answer = new HttpHeaders();
        assertThat(Conditionals.notModified(request(HttpHeaders.IF_NONE_MATCH, "*"), answer)).isTrue();
        assertThat(Conditionals.notModified(request(HttpHeaders.IF_NONE_MATCH, "\"v1\""), answer)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {LAST_MODIFIED, "Thu, 22 Oct 2015 07:28:00 GMT"})
    void answersNotModifiedWhenNothingChangedSinceTheClientsDate(String ifModifiedSince) {
        assertThat(Conditionals.notModified(request(HttpHeaders.IF_MODIFIED_SINCE, ifModifiedSince), answer("\"v1\"")))
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tue, 20 Oct 2015 07:28:00 GMT", "yesterday", ""})
    void answersInFullWhenModifiedSinceTheClientsDateOrTheDateIsUnreadable(String ifModifiedSince) {
        assertThat(Conditionals.notModified(request(HttpHeaders.IF_MODIFIED_SINCE, ifModifiedSince), answer("\"v1\"")))
                .isFalse();
    }

    @Test
    void letsIfNoneMatchDecideAloneWhenBothAreSent() {
        HttpHeaders request = request(HttpHeaders.IF_NONE_MATCH, "\"v2\"");
        request.set(HttpHeaders.IF_MODIFIED_SINCE, LAST_MODIFIED);
        assertThat(Conditionals.notModified(request, answer("\"v1\""))).isFalse();
    }

    @Test
    void answersInFullWithoutValidators() {
        assertThat(Conditionals.notModified(new HttpHeaders(), answer("\"v1\""))).isFalse();
    }

    private static HttpHeaders request(String name, String value) {
        HttpHeaders request = new HttpHeaders();
        request.set(name, value);
        return request;
    }

    private static HttpHeaders answer(String etag) {
        HttpHeaders answer = new HttpHeaders();
        answer.set(HttpHeaders.ETAG, etag);
        answer.set(HttpHeaders.LAST_MODIFIED, LAST_MODIFIED);
        return answer;
    }
}
