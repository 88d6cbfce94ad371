package dev.emporium.gateway.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class CacheKeyTest {

    @Test
    void isTheSameForTheSameRead() {
        assertThat(key(MockServerHttpRequest.get("/api/v1/products?page=2").header("Accept-Language", "de")))
                .isEqualTo(key(MockServerHttpRequest.get("/api/v1/products?page=2").header("Accept-Language", "de")));
    }

    @Test
    void tellsAnAbsentHeaderFromAnEmptyOne() {
        assertThat(key(MockServerHttpRequest.get("/api/v1/products")))
                .isNotEqualTo(key(MockServerHttpRequest.get("/api/v1/products").header("Accept-Currency", "")));
    }

    @Test
    void includesTheRawQuery() {
        assertThat(key(MockServerHttpRequest.get("/api/v1/products?q=a%20b")))
                .isNotEqualTo(key(MockServerHttpRequest.get("/api/v1/products?q=a+b")));
    }

    @Test
    void includesTheRoute() {
        MockServerHttpRequest request = MockServerHttpRequest.get("/api/v1/products").build();
        assertThat(CacheKey.of("catalog", request)).isNotEqualTo(CacheKey.of("search", request));
    }

    @Test
    void includesAcceptCurrencyAndLanguage() {
        assertThat(key(MockServerHttpRequest.get("/p").header("Accept", "application/json")))
                .isNotEqualTo(key(MockServerHttpRequest.get("/p").header("Accept", "text/html")))
                .isNotEqualTo(key(MockServerHttpRequest.get("/p").header("Accept-Currency", "EUR")))
                .isNotEqualTo(key(MockServerHttpRequest.get("/p").header("Accept-Language", "de")));
    }

    @Test
    void isNoneForAnAddressOverTheLimit() {
        assertThat(CacheKey.of("catalog", MockServerHttpRequest.get("/api/v1/products?q=" + "a".repeat(CacheKey.MAX_LENGTH))
                .build())).isEmpty();
    }

    private static CacheKey key(MockServerHttpRequest.BaseBuilder<?> request) {
        return CacheKey.of("catalog", request.build()).orElseThrow();
    }
}
