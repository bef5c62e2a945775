package dimple.infrastructure.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only a provider that says it verified an address gets it stored: a boolean true, or the text "true" some providers send. */
class EmailVerifiedClaimTest {
    @Test
    void onlyTrue_countsAsVerified() {
        assertThat(OpenIdProvider.verified(Boolean.TRUE)).isTrue();
        assertThat(OpenIdProvider.verified("true")).isTrue();
        assertThat(OpenIdProvider.verified(" TRUE ")).isTrue();
        assertThat(OpenIdProvider.verified(Boolean.FALSE)).isFalse();
        assertThat(OpenIdProvider.verified("false")).isFalse();
        assertThat(OpenIdProvider.verified("yes")).isFalse();
        assertThat(OpenIdProvider.verified(1)).isFalse();
        assertThat(OpenIdProvider.verified(null)).as("no claim: not verified").isFalse();
    }
}
