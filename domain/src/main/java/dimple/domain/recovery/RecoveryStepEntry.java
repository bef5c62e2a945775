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

    /** For {@link RecoveryStep#LETTER_SENT}: how the letter went out. */
    @Enumerated(EnumType.STRING)
    @Column(name = "letter_channel", length = 20)
    private ContactChannel letterChannel;

    /** For {@link RecoveryStep#LETTER_SENT}: the name the template had when the letter was drafted from it. */
    @Column(name = "letter_template", length = 2 * LetterTemplate.MAX_NAME)
    private String letterTemplate;

    protected RecoveryStepEntry() {
    }

    RecoveryStepEntry(RecoveryStep step, Instant at, String note) {
        this.step = step;
        this.at = at;
        this.note = note;
    }

    RecoveryStepEntry(Instant at, ContactChannel channel, String templateName) {
        this(RecoveryStep.LETTER_SENT, at, null);
        this.letterChannel = channel;
        this.letterTemplate = templateName;
    }

    /** The same line without its note (retention, docs/adr/0052). */
    RecoveryStepEntry withoutNote() {
        RecoveryStepEntry copy = new RecoveryStepEntry(step, at, null);
        copy.letterChannel = letterChannel;
        copy.letterTemplate = letterTemplate;
        return copy;
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

    /** How a letter went out; null for other steps. */
    public ContactChannel letterChannel() {
        return letterChannel;
    }

    /** The template a letter was drafted from; null for other steps. */
    public String letterTemplate() {
        return letterTemplate;
    }
}
