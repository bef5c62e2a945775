package dimple.domain.review;

import java.util.Locale;

/** The kind of condition that contributed to what happened: always a part of the system, never a person. */
public enum FactorCategory {
    PROCESS, TOOLS, TRAINING, COMMUNICATION, WORKLOAD, ENVIRONMENT, POLICY, HANDOVER;

    /** The category as a lesson tag, e.g. {@code handover}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
