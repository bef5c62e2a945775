package dimple.domain.review;

import dimple.domain.shared.Ids;
import dimple.domain.shared.Text;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A condition of the system that contributed to what happened — a process, a tool, the workload, a
 * handover — with the chain of "why"s that leads from what was seen to what lies beneath it.
 */
@Entity
@Table(name = "review_factor")
public class ContributingFactor {
    public static final int MAX_DESCRIPTION = FactorDescription.MAX;
    public static final int MAX_WHY = 500;
    public static final int MAX_WHYS = 10;

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "review_id", nullable = false)
    private Review review;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FactorCategory category;

    @Column(nullable = false, length = 2 * MAX_DESCRIPTION)
    private String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_factor_why", joinColumns = @JoinColumn(name = "factor_id"))
    @OrderColumn(name = "position")
    @Column(name = "why", length = 2 * MAX_WHY)
    private List<String> whys = new ArrayList<>();

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ContributingFactor() {
    }

    ContributingFactor(Review review, int position, FactorCategory category, String description, List<String> chain, Instant recordedAt) {
        String clean = FactorDescription.of(description).text();
        List<String> cleanWhys = cleanWhys(chain);
        this.id = Ids.newId();
        this.review = review;
        this.position = position;
        this.category = Objects.requireNonNull(category);
        this.description = clean;
        this.whys.addAll(cleanWhys);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    /** The whys as a factor keeps them: trimmed, blanks left out, at most {@value #MAX_WHYS} of at most {@value #MAX_WHY} characters. */
    public static List<String> cleanWhys(List<String> chain) {
        List<String> clean = chain == null ? List.of() : chain.stream().map(Text::trimToNull).filter(Objects::nonNull).toList();
        if (clean.size() > MAX_WHYS) {
            throw new IllegalArgumentException("at most " + MAX_WHYS + " whys");
        }
        if (clean.stream().anyMatch(w -> Text.length(w) > MAX_WHY)) {
            throw new IllegalArgumentException("a why has at most " + MAX_WHY + " characters");
        }
        return clean;
    }

    /** A corrected category, description or chain of whys, checked as when the factor was named. */
    void correct(FactorCategory category, String description, List<String> chain) {
        String clean = FactorDescription.of(description).text();
        List<String> cleanWhys = cleanWhys(chain);
        this.category = Objects.requireNonNull(category);
        this.description = clean;
        this.whys.clear();
        this.whys.addAll(cleanWhys);
    }

    /** The factor in one line, for the history. */
    String describe() {
        return category + ": " + description + (whys.isEmpty() ? "" : " — why? " + String.join(" — why? ", whys));
    }

    public String id() {
        return id;
    }

    int position() {
        return position;
    }

    public FactorCategory category() {
        return category;
    }

    public String description() {
        return description;
    }

    public List<String> whys() {
        return List.copyOf(whys);
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
