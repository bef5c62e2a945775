package dimple.infrastructure.identity;

/**
 * A single sign-on that could not finish, with the reason the sign-in page explains. The message says what
 * failed in general words only: no token, code or claim value goes into it, so it can be logged.
 */
public class ProviderFailure extends Exception {
    private static final long serialVersionUID = 1L;

    /** The reasons, as the sign-in page's {@code sso} parameter names them. */
    public enum Reason {
        /** The state did not match the browser's, was used already, or the sign-in took too long. */
        STATE("state"),
        /** The person cancelled at the provider, or the provider refused them. */
        CANCELLED("cancelled"),
        /** The provider's answer failed a check: signature, issuer, audience, expiry, nonce, an unsigned token. */
        INVALID("invalid"),
        /** The provider could not be reached or answered with an error. */
        UNAVAILABLE("unavailable"),
        /** Dimple refused the account: disabled. */
        REFUSED("refused"),
        /** The groups give administrator together with leader or HR. */
        ROLES("roles");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Reason reason;

    public ProviderFailure(Reason reason, String what) {
        super(what);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
