package dev.emporium.gateway.problem;

import dev.emporium.gateway.requestid.RequestIdFilter;
import dev.emporium.platform.api.ProblemCodes;
import dev.emporium.platform.api.ProblemTypes;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayDeque;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The last word on every HTTP/1.1 response of the connection: an error answered with no body and no type gets a
 * problem body and a request id. Such answers come from below WebFlux, where no filter runs: Reactor Netty's own
 * 400 / 414 / 431 for requests it cannot decode (odd request lines, long URIs, big headers) and Spring's empty 400
 * for a request line that is no valid URI. Sits between the HTTP codec and Reactor Netty's traffic handler.
 */
final class WireProblems extends ChannelDuplexHandler {

    static final String NAME = "emporium.wireProblems";
    private static final Logger log = LoggerFactory.getLogger(WireProblems.class);

    private final JsonMapper json;
    /** The requests of this connection still waiting for their answer, in order (HTTP/1.1 pipelining). */
    private final ArrayDeque<Exchange> waiting = new ArrayDeque<>();
    /** A body to send in place of the empty last content of a response whose head was already replaced. */
    private byte[] pendingBody;

    WireProblems(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (msg instanceof HttpRequest request) {
            waiting.add(new Exchange(request.method().equals(HttpMethod.HEAD), request.uri(),
                    RequestIdFilter.accept(request.headers().get(RequestIdFilter.HEADER))));
        }
        super.channelRead(ctx, msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        if (msg instanceof HttpResponse response && response.status().code() >= 200) {
            Exchange exchange = waiting.poll();
            if (needsProblem(response)) {
                msg = withProblem(response, exchange == null ? new Exchange(false, "", RequestIdFilter.accept(null)) : exchange);
            }
        }
        else if (msg instanceof LastHttpContent last && pendingBody != null) {
            ReferenceCountUtil.release(last);
            msg = new DefaultLastHttpContent(Unpooled.wrappedBuffer(pendingBody));
            pendingBody = null;
        }
        super.write(ctx, msg, promise);
    }

    private static boolean needsProblem(HttpResponse response) {
        if (response.status().code() < 400 || response.headers().contains(HttpHeaderNames.CONTENT_TYPE)) {
            return false;
        }
        return response instanceof FullHttpResponse full ? full.content().readableBytes() == 0
                : HttpUtil.getContentLength(response, -1L) == 0;
    }

    private Object withProblem(HttpResponse response, Exchange exchange) {
        int status = response.status().code();
        String traceId = HexFormat.of().formatHex(randomBytes());
        String code = ProblemCodes.forStatus(status);
        HttpStatus known = HttpStatus.resolve(status);
        Problem problem = new Problem(ProblemTypes.of(code), known == null ? "Error" : known.getReasonPhrase(), status,
                detail(status), null, code, traceId);
        byte[] body = json.writeValueAsBytes(problem);
        log.info("Answered {} {} to a request the server could not take apart (request {}, trace {}): {}", status, code,
                exchange.requestId(), traceId, exchange.uri().length() > 200 ? exchange.uri().substring(0, 200) + "..." : exchange.uri());
        HttpHeaders headers = response.headers();
        headers.set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        headers.set(HttpHeaderNames.CONTENT_LENGTH, body.length);
        headers.set("X-Content-Type-Options", "nosniff");
        if (!headers.contains(RequestIdFilter.HEADER)) {
            headers.set(RequestIdFilter.HEADER, exchange.requestId());
        }
        if (!(response instanceof FullHttpResponse full)) {
            pendingBody = exchange.head() ? null : body;
            return response;
        }
        FullHttpResponse replaced = new DefaultFullHttpResponse(full.protocolVersion(), full.status(),
                exchange.head() ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(body), headers, full.trailingHeaders());
        full.release();
        return replaced;
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "The request could not be read as HTTP: check the request line, the URI and the headers.";
            case 414 -> "The request URI is too long.";
            case 431 -> "The request headers are too large.";
            case 413 -> "The request is too large.";
            default -> "The request could not be handled.";
        };
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    private record Exchange(boolean head, String uri, String requestId) {
    }
}
