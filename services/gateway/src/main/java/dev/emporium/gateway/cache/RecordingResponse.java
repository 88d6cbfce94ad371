package dev.emporium.gateway.cache;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A cacheable request's response on its way from the service. Once the service's status and headers are in, it
 * decides whether the answer may be kept, records the body while it streams to the client and keeps it only after
 * all of it was written (an error or a client gone away keeps nothing). When the client's validators, which the
 * service never saw, match the fresh answer, the client gets a 304; the body is still read in full, to be kept.
 * Streamed answers ({@code writeAndFlushWith}) pass untouched.
 */
final class RecordingResponse extends ServerHttpResponseDecorator {

    /** What a 304 must not carry: the headers describing a body it does not have. */
    private static final List<String> BODY_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LENGTH,
            HttpHeaders.CONTENT_ENCODING, HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CONTENT_LANGUAGE,
            HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.CONTENT_RANGE);

    /** Where and how an answer is kept; absent for requests whose answer is not kept (HEAD). */
    record Keeping(ResponseStore store, CacheKey key, CachePolicy policy, int maxEntryBytes) {
    }

    private final HttpHeaders clientRequest;
    private final List<String> gatewayVary;
    private final Optional<Keeping> keeping;

    /**
     * @param clientRequest the client's request headers, validators included
     * @param gatewayVary the Vary values the gateway itself had put on the response (CORS), not the service's
     */
    RecordingResponse(ServerHttpResponse delegate, HttpHeaders clientRequest, List<String> gatewayVary,
            Optional<Keeping> keeping) {
        super(delegate);
        this.clientRequest = clientRequest;
        this.gatewayVary = gatewayVary;
        this.keeping = keeping;
    }

    @Override
    public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
        HttpStatusCode status = getStatusCode();
        if (status == null || status.value() != HttpStatus.OK.value()) {
            return super.writeWith(body);
        }
        HttpHeaders answer = serviceHeaders();
        Optional<Recorder> recorder = keeping.flatMap(target -> recorderFor(target, answer));
        if (Conditionals.notModified(clientRequest, answer)) {
            return Flux.from(body)
                    .doOnNext(buffer -> {
                        recorder.ifPresent(r -> r.copy(buffer));
                        DataBufferUtils.release(buffer);
                    })
                    .doOnComplete(() -> recorder.ifPresent(Recorder::finished))
                    .then(Mono.defer(this::notModified))
                    .then(Mono.fromRunnable(() -> recorder.ifPresent(r -> keep(r, answer))));
        }
        if (recorder.isEmpty()) {
            return super.writeWith(body);
        }
        Recorder r = recorder.get();
        return super.writeWith(Flux.from(body).doOnNext(r::copy).doOnComplete(r::finished))
                .then(Mono.fromRunnable(() -> keep(r, answer)));
    }

    private Optional<Recorder> recorderFor(Keeping target, HttpHeaders answer) {
        long declared = answer.getContentLength();
        if (declared > target.maxEntryBytes()) {
            return Optional.empty();
        }
        return target.policy().freshness(HttpStatus.OK.value(), answer)
                .map(freshness -> new Recorder(target.maxEntryBytes(), declared, freshness));
    }

    private void keep(Recorder recorder, HttpHeaders answer) {
        Keeping target = keeping.orElseThrow();
        long declared = answer.getContentLength();
        recorder.body()
                // a body shorter than announced was cut off on the way, even if nobody said so
                .filter(body -> declared < 0 || declared == body.length)
                .ifPresent(body -> target.store().keep(target.key(), new CachedAnswer(HttpStatus.OK.value(),
                        CachedAnswer.keptHeaders(answer), body, System.nanoTime(), recorder.freshness())));
    }

    private Mono<Void> notModified() {
        setStatusCode(HttpStatus.NOT_MODIFIED);
        BODY_HEADERS.forEach(getHeaders()::remove);
        return super.setComplete();
    }

    /** The response's headers as the service sent them: without the Vary values the gateway had added itself. */
    private HttpHeaders serviceHeaders() {
        HttpHeaders answer = HttpHeaders.copyOf(getHeaders());
        List<String> vary = CachePolicy.tokens(getHeaders().getOrEmpty(HttpHeaders.VARY)).stream()
                .filter(name -> gatewayVary.stream().noneMatch(name::equalsIgnoreCase))
                .toList();
        answer.remove(HttpHeaders.VARY);
        if (!vary.isEmpty()) {
            answer.set(HttpHeaders.VARY, String.join(", ", vary));
        }
        return answer;
    }

    /** The body as it streams past, up to the limit; nothing at all once the limit is passed. */
    private static final class Recorder {

        private static final int INITIAL_CAPACITY = 8192;

        private final int limit;
        private final Duration freshness;
        private byte[] bytes;
        private int length;
        private boolean tooLarge;
        private volatile boolean complete;

        Recorder(int limit, long declared, Duration freshness) {
            this.limit = limit;
            this.freshness = freshness;
            this.bytes = new byte[(int) (declared >= 0 ? declared : Math.min(limit, INITIAL_CAPACITY))];
        }

        Duration freshness() {
            return freshness;
        }

        void copy(DataBuffer buffer) {
            int count = buffer.readableByteCount();
            if (tooLarge) {
                return;
            }
            if (length + count > limit) {
                tooLarge = true;
                bytes = null;
                return;
            }
            if (length + count > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.min(limit, Math.max(length + count, 2 * bytes.length)));
            }
            // read without moving the buffer's position: the same buffer still goes to the client
            int position = buffer.readPosition();
            buffer.read(bytes, length, count);
            buffer.readPosition(position);
            length += count;
        }

        void finished() {
            complete = true;
        }

        Optional<byte[]> body() {
            if (!complete || tooLarge) {
                return Optional.empty();
            }
            return Optional.of(length == bytes.length ? bytes : Arrays.copyOf(bytes, length));
        }
    }
}
