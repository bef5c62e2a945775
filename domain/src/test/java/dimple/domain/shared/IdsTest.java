package dimple.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {
    @Test
    void newId_looksLikeAnIdAndIsNeverRepeated() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = Ids.newId();
            assertThat(Ids.looksLikeId(id)).isTrue();
            ids.add(id);
        }
        assertThat(ids).hasSize(1000);
    }

    @Test
    void looksLikeId_canonicalLowerCaseUuid_isAccepted() {
        assertThat(Ids.looksLikeId("5b0c6f0e-8f0a-4c43-9a3e-2b1a7e0f6c11")).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "5B0C6F0E-8F0A-4C43-9A3E-2B1A7E0F6C11",
            "5b0c6f0e-8f0a-4c43-9a3e-2b1a7e0f6c1",
            "5b0c6f0e-8f0a-4c43-9a3e-2b1a7e0f6c111",
            "5b0c6f0e-8f0a-4c43-9a3e-2b1a7e0f6c1g",
            "5b0c6f0e8f0a4c439a3e2b1a7e0f6c11",
            "000000000-0000-0000-0000-00000000001",
            "../../../../etc/passwd/../../../../x",
            "5b0c6f0e-8f0a-4c43-9a3e-2b1a7e0f6c1'",
            "1-1-1-1-1"})
    void looksLikeId_anythingElse_cannotNameARecord(String text) {
        assertThat(Ids.looksLikeId(text)).isFalse();
    }
}
