package dev.emporium.gateway.problem;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/** Puts {@link WireProblems} on every HTTP/1.1 connection, right after the codec. */
@Component
class WireProblemsCustomizer implements NettyServerCustomizer {

    private final JsonMapper json;

    WireProblemsCustomizer(JsonMapper json) {
        this.json = json;
    }

    @Override
    public HttpServer apply(HttpServer server) {
        return server.doOnChannelInit((observer, channel, remoteAddress) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, WireProblems.NAME, new WireProblems(json));
            }
        });
    }
}
