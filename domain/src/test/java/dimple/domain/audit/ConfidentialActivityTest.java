package dimple.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ConfidentialActivityTest {
    @Test
    void itsAuditLine_isDatedToTheStartOfItsDay_andSaysOnlyTheDayIsKnown() {
        ConfidentialActivity activity = ConfidentialActivity.on(LocalDate.parse("2026-12-05"), "REPORT_SUBMITTED", "C-2026-ABCD-EFGH",
                "kind=NEAR_MISS\nforged");

        AuditEntry entry = activity.toAuditEntry("confidential reporter");

        assertThat(entry.at()).isEqualTo(Instant.parse("2026-12-05T00:00:00Z"));
        assertThat(entry.dayOnly()).isTrue();
        assertThat(entry.actor()).isEqualTo("confidential reporter");
        assertThat(entry.detail()).isEqualTo("kind=NEAR_MISS\\nforged");
    }
}
