package dimple.web.container;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.infrastructure.identity.Argon2PasswordHasher;
import org.junit.jupiter.api.Test;

/** The container tests' cheaper hashes are still Argon2id, and the product's own check reads their cost from them. */
class LightArgon2ForTestsTest {
    @Test
    void aLightHash_isArgon2idAtOneMiB_andTheProductsCheckAcceptsOnlyItsPassword() {
        String stored = new LightArgon2ForTests().hash("a-long-enough-password");

        assertThat(stored).startsWith("$shiro2$argon2id$v=19$t=1,m=1024,p=1$");
        Argon2PasswordHasher product = new Argon2PasswordHasher();
        assertThat(product.matches("a-long-enough-password", stored)).isTrue();
        assertThat(product.matches("a-long-enough-passwore", stored)).isFalse();
    }

    @Test
    void aPasswordAskingForIt_isHashedAtTheProductsCost() {
        assertThat(new LightArgon2ForTests().hash("a password " + LightArgon2ForTests.AT_FULL_COST))
                .startsWith("$shiro2$argon2id$v=19$t=1,m=65536,p=4$");
    }
}
