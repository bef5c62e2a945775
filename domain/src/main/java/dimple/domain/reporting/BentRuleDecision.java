package dimple.domain.reporting;

import dimple.domain.shared.Ids;
import dimple.domain.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * What a team's leaders decided about a rule that people bent for customers: keep it, change it or
 * retire it, with a note. One decision per team and rule (grouped by {@link BentRule#keyOf}); a new
 * decision replaces the previous one.
 */
@Entity
@Table(name = "bent_rule_decision")
public class BentRuleDecision {
    public static final int MAX_NOTE = DecisionNote.MAX;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "team_id", nullable = false, length = 36)
    private String teamId;

    @Column(name = "rule_key", nullable = false, length = 2 * BentRule.MAX_RULE)
    private String ruleKey;

    @Column(nullable = false, length = 2 * BentRule.MAX_RULE)
    private String rule;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RuleDecision decision;

    @Column(length = 2 * MAX_NOTE)
    private String note;

    @Column(name = "decided_by", nullable = false, length = 36)
    private String decidedByAccountId;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Version
    private long version;

    protected BentRuleDecision() {
    }

    public static BentRuleDecision decide(String teamId, String rule, RuleDecision decision, String note, String leaderAccountId, Instant at) {
        BentRuleDecision made = new BentRuleDecision();
        made.id = Ids.newId();
        made.teamId = Objects.requireNonNull(teamId);
        made.ruleKey = Objects.requireNonNull(BentRule.keyOf(rule), "rule");
        made.rule = Text.trimToNull(rule).replaceAll("\\s+", " ");
        made.record(decision, note, leaderAccountId, at);
        return made;
    }

    /** A new decision about the same rule replaces the previous one. */
    public void revise(RuleDecision newDecision, String newNote, String leaderAccountId, Instant at) {
        record(newDecision, newNote, leaderAccountId, at);
    }

    private void record(RuleDecision newDecision, String newNote, String leaderAccountId, Instant at) {
        String cleanNote = DecisionNote.of(newNote).text();
        this.decision = Objects.requireNonNull(newDecision);
        this.note = cleanNote;
        this.decidedByAccountId = Objects.requireNonNull(leaderAccountId);
        this.decidedAt = Objects.requireNonNull(at);
    }

    public String id() {
        return id;
    }

    public String teamId() {
        return teamId;
    }

    public String ruleKey() {
        return ruleKey;
    }

    public String rule() {
        return rule;
    }

    public RuleDecision decision() {
        return decision;
    }

    public String note() {
        return note;
    }

    public String decidedByAccountId() {
        return decidedByAccountId;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public long version() {
        return version;
    }
}
