package dimple.domain.reporting;

import dimple.domain.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;

/**
 * A rule the reporter bent for a customer: which rule, why, and what value it created. Rules that are
 * never broken never change; leaders see bent rules grouped by {@link #key()} and decide about them.
 */
@Embeddable
public class BentRule {
    public static final int MAX_RULE = BentRuleName.MAX;
    public static final int MAX_REASON = WhyBent.MAX;
    public static final int MAX_VALUE = ValueCreated.MAX;

    @Column(name = "bent_rule", length = 2 * MAX_RULE)
    private String rule;

    @Column(name = "bent_rule_key", length = 2 * MAX_RULE)
    private String ruleKey;

    @Column(name = "bent_rule_reason", length = 2 * MAX_REASON)
    private String reason;

    @Column(name = "bent_rule_value", length = 2 * MAX_VALUE)
    private String valueCreated;

    protected BentRule() {
    }

    private BentRule(String rule, String reason, String valueCreated) {
        this.rule = rule;
        this.ruleKey = keyOf(rule);
        this.reason = reason;
        this.valueCreated = valueCreated;
    }

    /** The rule is required; why and what value are optional. Texts are trimmed. */
    public static BentRule of(String rule, String reason, String valueCreated) {
        String name = BentRuleName.of(rule).text();
        String why = WhyBent.of(reason).text();
        String value = ValueCreated.of(valueCreated).text();
        return new BentRule(name.replaceAll("\\s+", " "), why, value);
    }

    /**
     * The rule as leaders group it: case and runs of whitespace do not make a different rule, so
     * "Refunds  need a receipt" and "refunds need a RECEIPT" are one rule.
     */
    public static String keyOf(String rule) {
        String trimmed = Text.trimToNull(rule);
        return trimmed == null ? null : trimmed.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The same rule without why it was bent or what value it created (retention, docs/adr/0052): the register still groups by it. */
    BentRule withoutStory() {
        return new BentRule(rule, null, null);
    }

    public String rule() {
        return rule;
    }

    public String key() {
        return ruleKey;
    }

    public String reason() {
        return reason;
    }

    public String valueCreated() {
        return valueCreated;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BentRule that && Objects.equals(rule, that.rule) && Objects.equals(reason, that.reason)
                && Objects.equals(valueCreated, that.valueCreated);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, reason, valueCreated);
    }
}
