package dimple.domain.recovery;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One line of a case's history: which step, when it happened, and a note. Who recorded it is not kept. */
@Embeddable
public class RecoveryStepEntry {
    @Enumerated(EnumType.STRING)
    @Column(name = "step", nullable = false, length = 20)
    private RecoveryStep step;

    @Column(name = "happened_at", nullable = false)
    private Instant at;

    @Column(name = "note", length = 2 * RecoveryCase.MAX_NOTE)
    private String note;

    protected RecoveryStepEntry() {
    }

    RecoveryStepEntry(RecoveryStep step, Instant at, String note) {
        this.step = step;
        this.at = at;
        this.note = note;
    }

    public RecoveryStep step() {
        return step;
    }

    public Instant at() {
        return at;
    }

    public String note() {
        return note;
    }
}
