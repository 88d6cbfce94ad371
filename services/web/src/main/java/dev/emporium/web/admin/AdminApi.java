package dev.emporium.web.admin;

import dev.emporium.web.identity.CustomerSession;
import dev.emporium.web.identity.SignInAgainException;
import dev.emporium.web.upstream.Answer;
import dev.emporium.web.upstream.Upstream;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * The admin portal's calls: each with the signed-in admin's own access token (refreshed when about to expire), so
 * every service decides for itself that the caller is an admin. A token a service refuses (401, or 403: the account
 * is no longer an admin) signs the admin out of the portal; they are sent to sign in again.
 */
@Component
public class AdminApi {

    private final CustomerSession customers;

    AdminApi(CustomerSession customers) {
        this.customers = customers;
    }

    /** The admin of this request, with their token read now (on the request's thread), for calls on any thread. */
    public Caller caller(HttpServletRequest request) {
        String token = customers.accessToken(request).orElseThrow(SignInAgainException::new);
        return new Caller(token, request);
    }

    /** One admin's calls. */
    public final class Caller {

        private final String token;
        private final HttpServletRequest request;

        private Caller(String token, HttpServletRequest request) {
            this.token = token;
            this.request = request;
        }

        /** Any answer below 500 but 401 and 403; throws {@code UpstreamUnavailableException} when the service cannot answer. */
        public Answer send(Upstream.Call call) {
            Answer answer = call.bearer(token).send();
            if (answer.status() == 401 || answer.status() == 403) {
                customers.expired(request);
                throw new SignInAgainException();
            }
            return answer;
        }
    }
}
