package dev.emporium.platform.web;

import dev.emporium.platform.api.HeaderNames;
import dev.emporium.platform.api.ProblemCodes;
import dev.emporium.platform.api.ProblemTypes;
import java.io.IOException;
import java.io.Writer;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;

/**
 * Tomcat answers some requests before any filter or Spring code runs (a path it cannot decode, {@code %C0%AF} or
 * {@code %zz}): its error page is HTML. This valve, in place of Tomcat's, answers them as problems with a request id.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorReportValve.class);
    private static final Pattern SANE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        if (response.getHeader(HeaderNames.REQUEST_ID) == null) {
            String requestId = request.getHeader(HeaderNames.REQUEST_ID);
            response.setHeader(HeaderNames.REQUEST_ID, requestId != null && SANE_REQUEST_ID.matcher(requestId).matches()
                    ? requestId : UUID.randomUUID().toString());
        }
        String code = ProblemCodes.forStatus(status);
        HttpStatus known = HttpStatus.resolve(status);
        String traceId = HexFormat.of().formatHex(randomBytes());
        String detail = status >= 500 ? "Something went wrong on our side; quote the traceId if you contact us"
                : "The request could not be handled: check its path, encoding and headers";
        String body = "{\"type\":\"" + ProblemTypes.of(code) + "\",\"title\":\"" + (known == null ? "Error" : known.getReasonPhrase())
                + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\",\"code\":\"" + code + "\",\"traceId\":\"" + traceId + "\"}";
        log.info("Answered {} {} before the application saw the request (trace {})", status, code, traceId);
        try {
            response.setContentType(Problems.PROBLEM_JSON.toString());
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            log.debug("Could not write the problem for a {} answered by Tomcat", status, e);
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    /**
     * Replaces the host's error report valve (Boot adds one of its own) once all context customizers have run; the
     * host is told the class too, so it does not add Tomcat's default back when it starts.
     */
    static final class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
                for (Valve valve : context.getParent().getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        context.getParent().getPipeline().removeValve(valve);
                    }
                }
                context.getParent().getPipeline().addValve(new ProblemErrorReportValve());
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
