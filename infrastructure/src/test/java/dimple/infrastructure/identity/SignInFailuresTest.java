package dimple.infrastructure.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

/** What an operator reads of refused sign-ins: one metric for passwords and single sign-on alike, counted by reason only. */
class SignInFailuresTest {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    @Test
    void passwordsAndSingleSignOns_areCountedSideBySide_underTheReasonTheSignInPageShows() {
        SignInFailures.count(registry, SignInFailures.Method.PASSWORD, "refused");
        SignInFailures.count(registry, SignInFailures.Method.PASSWORD, "refused");
        for (ProviderFailure.Reason reason : ProviderFailure.Reason.values()) {
            SignInFailures.count(registry, SignInFailures.Method.SSO, reason.code());
        }
        SignInFailures.count(registry, SignInFailures.Method.SSO, ProviderFailure.Reason.INVALID.code());

        String scrape = registry.scrape();
        assertThat(scrape).contains("dimple_sign_in_failures_total{method=\"password\",outcome=\"refused\"} 2.0")
                .contains("dimple_sign_in_failures_total{method=\"sso\",outcome=\"state\"} 1.0")
                .contains("dimple_sign_in_failures_total{method=\"sso\",outcome=\"invalid\"} 2.0")
                .contains("dimple_sign_in_failures_total{method=\"sso\",outcome=\"roles\"} 1.0");
        assertThat(scrape.lines().filter(line -> line.startsWith("dimple_sign_in_failures_total{")))
                .as("no label but how and why").allSatisfy(line -> assertThat(line).matches("dimple_sign_in_failures_total\\{method=\"[a-z]+\",outcome=\"[a-z]+\"} \\S+"))
                .hasSize(1 + ProviderFailure.Reason.values().length);
    }
}
