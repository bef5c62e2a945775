package dimple.infrastructure.identity;

import dimple.infrastructure.shared.metrics.Meters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The operator's count of refused sign-ins ({@code dimple_sign_in_failures_total{method, outcome}}, docs/adr/0036):
 * how they came ({@code password}: the sign-in page and the API's Basic credentials; {@code sso}: the organisation's
 * OpenID provider) and why they were refused, in words from small fixed sets. Never who, from where, which provider
 * address or which token.
 */
final class SignInFailures {
    static final String NAME = "dimple.sign.in.failures";

    /** How the sign-in came. */
    enum Method {
        PASSWORD("password"), SSO("sso");

        private final String label;

        Method(String label) {
            this.label = label;
        }
    }

    private SignInFailures() {
    }

    /** A password sign-in refused: {@code refused}, {@code delayed} (ADR 15) or {@code unchecked}. */
    static void password(String outcome) {
        count(Meters.registry(), Method.PASSWORD, outcome);
    }

    /** A single sign-on that did not finish, counted under the reason the sign-in page shows ({@code state}, {@code invalid}, ...). */
    static void singleSignOn(ProviderFailure.Reason reason) {
        count(Meters.registry(), Method.SSO, reason.code());
    }

    static void count(MeterRegistry registry, Method method, String outcome) {
        Counter.builder(NAME).description("Sign-ins refused, by how they came (password or single sign-on) and why")
                .tag("method", method.label).tag("outcome", outcome).register(registry).increment();
    }
}
