package dimple.infrastructure.identity;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;
import dimple.application.audit.AuditAction;
import dimple.application.audit.AuditTrail;
import dimple.application.identity.ProviderSignInOutcome;
import dimple.application.identity.SingleSignOnService;
import dimple.infrastructure.identity.ProviderFailure.Reason;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Single sign-on through the organisation's OpenID provider (docs/adr/0032): {@code /sso/start} sends the
 * browser to the provider, {@code /sso/callback} is where it comes back with a code, {@code /sso/leave} sends a
 * signed-out browser on to the provider's end-session address.
 *
 * <p>The state, nonce and PKCE verifier of each attempt live in the database ({@link ProviderSignInAttempts}),
 * so any instance can finish it; the state is also in a short-lived cookie of this browser, so a callback
 * link that someone else started (login CSRF) is refused. Every failure ends on the sign-in page with the
 * reason in plain words ({@code ?sso=state|cancelled|invalid|unavailable|refused|roles}), one log line
 * without tokens, codes or claims, and one count under that reason in {@code dimple_sign_in_failures_total}.
 */
public class ProviderSignInServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ProviderSignInServlet.class.getName());
    static final String STATE_COOKIE = "dimple-sso";
    static final String SECURE_STATE_COOKIE = "__Host-dimple-sso";
    /** Paths within the application the browser may be brought back to after signing in. */
    private static final Pattern RETURN_TO = Pattern.compile("/[A-Za-z0-9._~/-]*\\.xhtml(\\?[A-Za-z0-9._~%&=+-]*)?");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OpenIdProvider provider = CDI.current().select(OpenIdProvider.class).get();
        if (!provider.configured()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        try {
            if ("/sso/callback".equals(request.getServletPath())) {
                finish(provider, request, response);
            } else if ("/sso/leave".equals(request.getServletPath())) {
                leave(provider, request, response);
            } else {
                start(provider, request, response);
            }
        } catch (ProviderFailure failure) {
            LOG.log(failure.reason() == Reason.UNAVAILABLE ? Level.WARNING : Level.INFO,
                    "Single sign-on did not finish ({0}): {1}", new Object[] {failure.reason().code(), failure.getMessage()});
            SignInFailures.singleSignOn(failure.reason());
            clearStateCookie(request, response);
            response.sendRedirect(request.getContextPath() + "/login.xhtml?sso=" + failure.reason().code());
        } catch (RuntimeException e) {
            // Never a stack trace or a 500 for the person: the class names what failed, the message could quote a claim.
            LOG.log(Level.WARNING, "Single sign-on failed unexpectedly ({0})", e.getClass().getName());
            SignInFailures.singleSignOn(Reason.UNAVAILABLE);
            clearStateCookie(request, response);
            response.sendRedirect(request.getContextPath() + "/login.xhtml?sso=" + Reason.UNAVAILABLE.code());
        }
    }

    private void start(OpenIdProvider provider, HttpServletRequest request, HttpServletResponse response) throws ProviderFailure {
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        URI authorization = provider.authorization(callback(request), state, nonce, verifier);
        String next = request.getParameter("next");
        String returnTo = next != null && next.length() <= 1000 && RETURN_TO.matcher(next).matches() && !next.startsWith("//") ? next : null;
        CDI.current().select(ProviderSignInAttempts.class).get()
                .start(hash(state.getValue()), new ProviderSignInAttempts.Attempt(nonce.getValue(), verifier.getValue(), returnTo), Instant.now());
        response.addHeader("Set-Cookie", stateCookie(request, state.getValue(), false));
        // Straight to the provider: sendRedirect would be rewritten when the provider shares Dimple's host name.
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", authorization.toString());
    }

    private void finish(OpenIdProvider provider, HttpServletRequest request, HttpServletResponse response) throws ProviderFailure, IOException {
        String error = request.getParameter("error");
        String state = request.getParameter("state");
        Optional<String> expected = stateFromCookie(request);
        clearStateCookie(request, response);
        if (state == null || expected.isEmpty()
                || !MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8), expected.get().getBytes(StandardCharsets.UTF_8))) {
            throw new ProviderFailure(Reason.STATE, "the state does not match this browser's sign-in");
        }
        Optional<ProviderSignInAttempts.Attempt> attempt = CDI.current().select(ProviderSignInAttempts.class).get().take(hash(state), Instant.now());
        if (attempt.isEmpty()) {
            throw new ProviderFailure(Reason.STATE, "the sign-in is unknown, used already or older than "
                    + ProviderSignInAttempts.LIFETIME.toMinutes() + " minutes");
        }
        if (error != null) {
            throw new ProviderFailure(Reason.CANCELLED, "the provider answered " + (error.matches("[a-z_]{1,40}") ? error : "an error"));
        }
        String code = request.getParameter("code");
        if (code == null || code.isBlank()) {
            throw new ProviderFailure(Reason.INVALID, "the provider sent no code");
        }
        AuditTrail audit = CDI.current().select(AuditTrail.class).get();
        OpenIdProvider.Verified verified;
        try {
            verified = provider.finish(new AuthorizationCode(code), callback(request), new CodeVerifier(attempt.get().codeVerifier()),
                    new Nonce(attempt.get().nonce()));
        } catch (ProviderFailure failure) {
            if (failure.reason() == Reason.INVALID) {
                audit.recordAs(AuditAction.ANONYMOUS, AuditAction.SIGN_IN_FAILED, AuditAction.ANONYMOUS, "single sign-on, the ID token failed its checks");
            }
            throw failure;
        }
        ProviderSignInOutcome outcome = CDI.current().select(SingleSignOnService.class).get()
                .signIn(verified.identity(), OpenIdSettings.current().orElseThrow().mapping());
        if (!outcome.accepted()) {
            throw new ProviderFailure(outcome.refusal() == ProviderSignInOutcome.Refusal.ROLES_IN_CONFLICT ? Reason.ROLES : Reason.REFUSED,
                    "Dimple refused the account (" + outcome.refusal() + ")");
        }
        try {
            CDI.current().select(ShiroAuthenticator.class).get().signInVouched(outcome.username(), verified.idToken(), request, response);
        } catch (org.apache.shiro.authc.AuthenticationException e) {
            throw new ProviderFailure(Reason.REFUSED, "the account may not sign in");
        }
        String next = attempt.get().returnTo();
        response.sendRedirect(request.getContextPath() + (next == null ? "/index.xhtml" : next));
    }

    /**
     * The last step of signing out of a single sign-on: a page that sends the browser on to the provider's
     * end-session address. Sign-out is a form sent to Dimple, and the Content-Security-Policy's
     * {@code form-action 'self'} rightly stops a form's redirects from leaving Dimple; this page's refresh is a
     * navigation of its own. It goes nowhere but to the provider's end-session endpoint (no open redirect).
     */
    private void leave(OpenIdProvider provider, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String to = request.getParameter("to");
        if (to == null || !provider.isEndSession(to)) {
            response.sendRedirect(request.getContextPath() + "/login.xhtml?signedOut=true");
            return;
        }
        String escaped = to.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>Signing out · Dimple</title>"
                + "<meta http-equiv=\"refresh\" content=\"0;url=" + escaped + "\"></head><body><main><h1>You are signed out of Dimple</h1>"
                + "<p><a id=\"leave\" href=\"" + escaped + "\">Sign out of your organisation's account too</a></p></main></body></html>");
    }

    /** Where the sign-out page sends the browser: the page above, with the provider's end-session address. */
    static String leaving(HttpServletRequest request, URI endSession) {
        return request.getContextPath() + "/sso/leave?to=" + java.net.URLEncoder.encode(endSession.toString(), StandardCharsets.UTF_8);
    }

    /** The address the provider sends the browser back to: under DIMPLE_PUBLIC_URL when set. */
    static URI callback(HttpServletRequest request) {
        return URI.create(base(request) + "/sso/callback");
    }

    /** {@code DIMPLE_PUBLIC_URL}, or the scheme, host and port this request came to, with the context path. */
    static String base(HttpServletRequest request) {
        Optional<String> configured = ConfigProvider.getConfig().getOptionalValue("dimple.public.url", String.class)
                .map(String::strip).filter(v -> !v.isEmpty()).map(v -> v.endsWith("/") ? v.substring(0, v.length() - 1) : v);
        if (configured.isPresent()) {
            return configured.get() + request.getContextPath();
        }
        StringBuffer url = request.getRequestURL();
        String whole = url.toString();
        int path = whole.indexOf('/', whole.indexOf("//") + 2);
        return (path < 0 ? whole : whole.substring(0, path)) + request.getContextPath();
    }

    private static String stateCookie(HttpServletRequest request, String value, boolean expire) {
        boolean secure = SessionCookie.secureSite() || request.isSecure();
        return (secure ? SECURE_STATE_COOKIE : STATE_COOKIE) + "=" + value + "; Path=/; HttpOnly; SameSite=Lax"
                + (secure ? "; Secure" : "") + "; Max-Age=" + (expire ? 0 : ProviderSignInAttempts.LIFETIME.toSeconds());
    }

    private static void clearStateCookie(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader("Set-Cookie", stateCookie(request, "", true));
    }

    private static Optional<String> stateFromCookie(HttpServletRequest request) {
        return SessionCookie.only(request, SessionCookie.secureSite() || request.isSecure() ? SECURE_STATE_COOKIE : STATE_COOKIE);
    }

    static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
