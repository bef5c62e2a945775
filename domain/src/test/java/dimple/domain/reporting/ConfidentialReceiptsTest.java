package dimple.domain.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfidentialReceiptsTest {
    private static final Instant AT = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void aConfidentialReceipt_isARandomCode_neverANumberInTheCount() {
        String receipt = ConfidentialReceipts.next(AT);

        assertThat(receipt).matches("C-2026-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(ConfidentialReceipts.isConfidentialReceipt(receipt)).isTrue();
        assertThat(ConfidentialReceipts.isConfidentialReceipt("R-2026-000042")).isFalse();
    }

    @Test
    void receiptsInARow_areNotAdjacent() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            seen.add(ConfidentialReceipts.next(AT));
        }
        assertThat(seen).hasSize(2000);
    }

    @Test
    void theCounter_isNotAskedForAConfidentialReport() {
        ReceiptNumbers counter = year -> {
            throw new AssertionError("a confidential report must not take a number from the count");
        };

        assertThat(counter.nextFor(AT, ReporterMode.CONFIDENTIAL)).startsWith("C-2026-");
    }
}
