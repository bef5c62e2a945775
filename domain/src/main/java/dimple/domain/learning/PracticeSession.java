package dimple.domain.learning;

import dimple.domain.shared.Ids;
import dimple.domain.shared.Text;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/** One time a team practised a scenario card: when, who took part (as written by the leader) and notes. */
@Entity
@Table(name = "practice_session")
public class PracticeSession {
    public static final int MAX_NOTES = 4000;
    public static final int MAX_PARTICIPANT = 100;
    public static final int MAX_PARTICIPANTS = 50;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "practice_participant", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    @Column(name = "participant", length = 2 * MAX_PARTICIPANT)
    private List<String> participants = new ArrayList<>();

    @Column(length = 2 * MAX_NOTES)
    private String notes;

    @Column(name = "logged_by", nullable = false, length = 36)
    private String loggedByAccountId;

    @Column(name = "logged_at", nullable = false)
    private Instant loggedAt;

    protected PracticeSession() {
    }

    static PracticeSession held(LocalDate heldOn, List<String> participants, String notes, String byAccountId, Instant at) {
        PracticeSession s = new PracticeSession();
        s.id = Ids.newId();
        s.heldOn = Objects.requireNonNull(heldOn);
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (String p : participants == null ? List.<String>of() : participants) {
            String clean = Text.trimToNull(p);
            if (clean != null) {
                names.add(clean);
            }
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a practice session needs at least one participant");
        }
        s.participants.addAll(names);
        s.notes = Text.trimToNull(notes);
        s.loggedByAccountId = Objects.requireNonNull(byAccountId);
        s.loggedAt = Objects.requireNonNull(at);
        return s;
    }

    public String id() {
        return id;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public List<String> participants() {
        return List.copyOf(participants);
    }

    public String notes() {
        return notes;
    }

    public Instant loggedAt() {
        return loggedAt;
    }
}
