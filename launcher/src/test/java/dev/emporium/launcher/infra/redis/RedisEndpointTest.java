package dev.emporium.launcher.infra.redis;

import dev.emporium.launcher.LauncherException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedisEndpointTest {

    @Test
    void parsesHostPortAndPassword() {
        RedisEndpoint plain = RedisEndpoint.parse("redis://127.0.0.1:6379");
        assertThat(plain.host()).isEqualTo("127.0.0.1");
        assertThat(plain.port()).isEqualTo(6379);
        assertThat(plain.password()).isEmpty();
        assertThat(plain.embedded()).isFalse();

        assertThat(RedisEndpoint.parse("redis://cache").port()).isEqualTo(6379);
        assertThat(RedisEndpoint.parse("redis://:secret@cache:6390").password()).contains("secret");
        assertThat(RedisEndpoint.parse("redis://default:secret@cache:6390").password()).contains("secret");
        assertThat(RedisEndpoint.parse("redis://cache:6390").url()).isEqualTo("redis://cache:6390");
    }

    @Test
    void rejectsOtherUrls() {
        assertThatThrownBy(() -> RedisEndpoint.parse("http://cache:6379")).isInstanceOf(LauncherException.class);
        assertThatThrownBy(() -> RedisEndpoint.parse("cache:6379")).isInstanceOf(LauncherException.class);
    }
}
