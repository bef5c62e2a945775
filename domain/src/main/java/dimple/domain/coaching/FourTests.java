package dimple.domain.coaching;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * The four questions of the Just Culture decision aid, each answered yes or no:
 * <ul>
 * <li><b>deliberate harm</b>: did the person mean to cause the harm?</li>
 * <li><b>health</b>: was the person's health (illness, fatigue, medication, a substance) part of it?</li>
 * <li><b>foresight</b>: did the person knowingly take a risk that people in their role would see as
 * unjustified (for example leaving out a step that is known to matter and is workable)?</li>
 * <li><b>substitution</b>: would a comparable colleague, with the same training, in the same situation,
 * probably have done the same?</li>
 * </ul>
 * The answers suggest a kind of behaviour; the leader records the behaviour they conclude.
 */
@Embeddable
public class FourTests {
    @Column(name = "deliberate_harm", nullable = false)
    private boolean deliberateHarm;

    @Column(name = "health", nullable = false)
    private boolean health;

    @Column(name = "foresight", nullable = false)
    private boolean foresight;

    @Column(name = "substitution", nullable = false)
    private boolean substitution;

    protected FourTests() {
    }

    private FourTests(boolean deliberateHarm, boolean health, boolean foresight, boolean substitution) {
        this.deliberateHarm = deliberateHarm;
        this.health = health;
        this.foresight = foresight;
        this.substitution = substitution;
    }

    public static FourTests answered(boolean deliberateHarm, boolean health, boolean foresight, boolean substitution) {
        return new FourTests(deliberateHarm, health, foresight, substitution);
    }

    /**
     * What the answers point to: meant harm, or a knowingly taken risk that colleagues would not have
     * taken, is reckless; a knowingly taken risk that colleagues would have taken too is at-risk
     * behaviour (drift, a system problem); no knowingly taken risk is human error. Health does not
     * change the kind; it asks the leader to look after the person first.
     */
    public Behaviour suggestedBehaviour() {
        if (deliberateHarm) {
            return Behaviour.RECKLESS;
        }
        if (!foresight) {
            return Behaviour.HUMAN_ERROR;
        }
        return substitution ? Behaviour.AT_RISK : Behaviour.RECKLESS;
    }

    public boolean deliberateHarm() {
        return deliberateHarm;
    }

    public boolean health() {
        return health;
    }

    public boolean foresight() {
        return foresight;
    }

    public boolean substitution() {
        return substitution;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FourTests t && t.deliberateHarm == deliberateHarm && t.health == health && t.foresight == foresight
                && t.substitution == substitution;
    }

    @Override
    public int hashCode() {
        return Objects.hash(deliberateHarm, health, foresight, substitution);
    }

    @Override
    public String toString() {
        return "FourTests[deliberateHarm=" + deliberateHarm + ", health=" + health + ", foresight=" + foresight + ", substitution="
                + substitution + "]";
    }
}
