package dimple.infrastructure.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The cost every stored password pays in the product. The container tests hash new passwords more cheaply
 * (web's {@code LightArgon2ForTests}, docs/adr/0012), so the product's own cost is pinned here.
 */
class Argon2PasswordHasherTest {
    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher();

    @Test
    void aPassword_isStoredAsArgon2id_at64MiBOneIterationAndFourLanes_withASaltOfItsOwn() {
        String first = hasher.hash("correct horse battery staple");
        String second = hasher.hash("correct horse battery staple");

        assertThat(first).startsWith("$shiro2$argon2id$v=19$t=1,m=65536,p=4$").doesNotContain("correct horse");
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void onlyTheSamePassword_matchesItsHash() {
        String stored = hasher.hash("correct horse battery staple");

        assertThat(hasher.matches("correct horse battery staple", stored)).isTrue();
        assertThat(hasher.matches("correct horse battery stapler", stored)).isFalse();
        assertThat(hasher.matches("", stored)).isFalse();
    }
}
