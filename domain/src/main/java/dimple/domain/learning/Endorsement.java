package dimple.domain.learning;

import dimple.domain.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One person's endorsement of one lesson, of one kind. There is at most one per person, lesson and kind. */
@Entity
@Table(name = "lesson_endorsement")
public class Endorsement {
    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "lesson_id", nullable = false, length = 36)
    private String lessonId;

    @Column(name = "account_id", nullable = false, length = 36)
    private String accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private EndorsementKind kind;

    @Column(name = "endorsed_at", nullable = false)
    private Instant endorsedAt;

    protected Endorsement() {
    }

    static Endorsement of(String lessonId, String accountId, EndorsementKind kind, Instant at) {
        Endorsement e = new Endorsement();
        e.id = Ids.newId();
        e.lessonId = Objects.requireNonNull(lessonId);
        e.accountId = Objects.requireNonNull(accountId);
        e.kind = Objects.requireNonNull(kind);
        e.endorsedAt = Objects.requireNonNull(at);
        return e;
    }

    public String id() {
        return id;
    }

    public String lessonId() {
        return lessonId;
    }

    public String accountId() {
        return accountId;
    }

    public EndorsementKind kind() {
        return kind;
    }

    public Instant endorsedAt() {
        return endorsedAt;
    }
}
