package dimple.domain.identity;

import dimple.domain.shared.Ids;
import dimple.domain.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** A group of people who work together; it scopes what its leaders see. */
@Entity
@Table(name = "team")
public class Team {
    public static final int MAX_NAME_LENGTH = 80;

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, unique = true, length = MAX_NAME_LENGTH)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Team() {
    }

    private Team(String id, String name, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.createdAt = createdAt;
    }

    public static Team found(String name, Instant at) {
        return new Team(Ids.newId(), checkedName(name), Objects.requireNonNull(at));
    }

    public void rename(String newName) {
        this.name = checkedName(newName);
    }

    private static String checkedName(String name) {
        String trimmed = Text.trimToNull(name);
        if (trimmed == null) {
            throw new TeamNameInvalid("rule.teamNameInvalid.empty");
        }
        if (Text.length(trimmed) > MAX_NAME_LENGTH) {
            throw new TeamNameInvalid("rule.teamNameInvalid.tooLong", MAX_NAME_LENGTH);
        }
        return trimmed;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
