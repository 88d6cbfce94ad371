package dev.emporium.platform.web;

import dev.emporium.platform.api.ProblemCodes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the requests a service works on at once. On virtual threads Tomcat takes any number of requests; past what
 * the service's database or Redis pool can serve they park, each holding its buffers, until the heap is full and the
 * service does nothing but collect garbage (seen under load: 1,700 parked requests, minutes without an answer, while
 * the callers had long given up). Past {@code maxConcurrent} a request waits up to {@code queueTimeout} for a slot;
 * past {@code maxQueued} waiting ones it is refused at once. Refusals are 503 with {@code Retry-After}, quick and
 * cheap, so the caller can back off or try another replica. Probes and metrics ({@code /actuator/**}) are never
 * limited: an overloaded service must still say how it is.
 */
public class ConcurrencyLimitFilter extends OncePerRequestFilter {

    private final int maxConcurrent;
    private final Semaphore slots;
    private final int maxQueued;
    private final long queueTimeoutNanos;
    private final Problems problems;
    private final Runnable onRefusal;
    private final AtomicInteger queued = new AtomicInteger();

    public ConcurrencyLimitFilter(int maxConcurrent, int maxQueued, Duration queueTimeout, Problems problems, Runnable onRefusal) {
        this.maxConcurrent = maxConcurrent;
        this.slots = new Semaphore(maxConcurrent);
        this.maxQueued = maxQueued;
        this.queueTimeoutNanos = queueTimeout.toNanos();
        this.problems = problems;
        this.onRefusal = onRefusal;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!acquire()) {
            onRefusal.run();
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            problems.write(response, problems.create(HttpStatus.SERVICE_UNAVAILABLE, ProblemCodes.SERVICE_UNAVAILABLE,
                    "The service is busy; try again shortly"));
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            slots.release();
        }
    }

    /** Requests the service is working on now. */
    public int inFlight() {
        return maxConcurrent - slots.availablePermits();
    }

    private boolean acquire() {
        if (slots.tryAcquire()) {
            return true;
        }
        if (queued.incrementAndGet() > maxQueued) {
            queued.decrementAndGet();
            return false;
        }
        try {
            return slots.tryAcquire(queueTimeoutNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            queued.decrementAndGet();
        }
    }
}
