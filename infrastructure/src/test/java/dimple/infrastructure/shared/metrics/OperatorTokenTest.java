package dimple.infrastructure.shared.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who may read /metrics: the operator's bearer token and nobody else; without a usable token, nobody at all. */
class OperatorTokenTest {
    private static final String TOKEN = "a-long-random-token-0123456789abcdef";

    @Test
    void theConfiguredToken_asABearerToken_isAdmitted() {
        OperatorToken token = OperatorToken.of(TOKEN).orElseThrow();

        assertThat(token.admits("Bearer " + TOKEN)).isTrue();
        assertThat(token.admits("bearer " + TOKEN)).as("the scheme is case-insensitive (RFC 9110)").isTrue();
    }

    @Test
    void anythingElse_isRefused() {
        OperatorToken token = OperatorToken.of(TOKEN).orElseThrow();

        assertThat(token.admits(null)).isFalse();
        assertThat(token.admits("")).isFalse();
        assertThat(token.admits("Bearer ")).isFalse();
        assertThat(token.admits(TOKEN)).as("without the scheme").isFalse();
        assertThat(token.admits("Basic " + TOKEN)).isFalse();
        assertThat(token.admits("Bearer " + TOKEN.substring(1))).isFalse();
        assertThat(token.admits("Bearer " + TOKEN + "x")).isFalse();
        assertThat(token.admits("Bearer " + TOKEN.toUpperCase())).isFalse();
    }

    @Test
    void noToken_orAShortOne_leavesTheEndpointOff() {
        assertThat(OperatorToken.of(null)).isEmpty();
        assertThat(OperatorToken.of("   ")).isEmpty();
        assertThat(OperatorToken.of("x".repeat(OperatorToken.SHORTEST - 1))).isEmpty();
        assertThat(OperatorToken.of("x".repeat(OperatorToken.SHORTEST))).isPresent();
    }

    @Test
    void theEndpoint_isMissingWithoutAToken_andRefusesAWrongOne() {
        Optional<OperatorToken> token = OperatorToken.of(TOKEN);

        assertThat(MetricsServlet.refusal(Optional.empty(), "Bearer " + TOKEN)).isEqualTo(HttpServletResponse.SC_NOT_FOUND);
        assertThat(MetricsServlet.refusal(token, null)).isEqualTo(HttpServletResponse.SC_UNAUTHORIZED);
        assertThat(MetricsServlet.refusal(token, "Bearer wrong")).isEqualTo(HttpServletResponse.SC_UNAUTHORIZED);
        assertThat(MetricsServlet.refusal(token, "Bearer " + TOKEN)).isZero();
    }

    @Test
    void theTokenNeverShowsInALogLine() {
        assertThat(OperatorToken.of(TOKEN).orElseThrow().toString()).doesNotContain(TOKEN);
    }
}
