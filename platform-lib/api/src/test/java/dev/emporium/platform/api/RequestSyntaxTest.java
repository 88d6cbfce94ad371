package dev.emporium.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestSyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = { "application/json", "application/json; charset=UTF-8", "application/problem+json",
        "text/plain;charset=\"utf-8\"", "application/x-www-form-urlencoded" })
    void acceptsAConcreteMediaType(String contentType) {
        assertThat(RequestSyntax.isConcreteMediaType(contentType)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "*/*", "application/*", "*/json", "application/*+json", "garbage", "text/", "/json", "",
        "application/json; charset=no-such-charset", "application/json; charset", "application/json;;=", "a b/c" })
    void refusesAWildcardOrUnparseableMediaType(String contentType) {
        assertThat(RequestSyntax.isConcreteMediaType(contentType)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "q=shirt", "q=caf%C3%A9&page=2", "q=%E2%98%83", "q=a+b", "q=%F0%9F%92%A9", "" })
    void acceptsPercentEncodedUtf8(String query) {
        assertThat(RequestSyntax.isWellFormedEncoding(query)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "q=%zz", "q=%", "q=%2", "q=%C0%AF", "q=%FF", "q=%E2%82", "q=%ED%A0%80", "q=%c3%28" })
    void refusesBrokenEscapesAndInvalidUtf8(String query) {
        assertThat(RequestSyntax.isWellFormedEncoding(query)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://localhost:5173", "https://shop.example.com", "http://127.0.0.1:8080", "http://[::1]:8080" })
    void acceptsAnOrigin(String origin) {
        assertThat(RequestSyntax.isValidOrigin(origin)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "null", "http://", "foo", "http://a b", "http://localhost:8080/", "http://localhost:99999",
        "ftp://localhost", "https://user@localhost", "javascript:alert(1)", "http://exa_mple.com", "" })
    void refusesWhatIsNoOrigin(String origin) {
        assertThat(RequestSyntax.isValidOrigin(origin)).isFalse();
    }
}
