package dimple.application.review;

import java.util.List;

/**
 * Name a contributing factor with its chain of whys. {@code category}: PROCESS, TOOLS, TRAINING,
 * COMMUNICATION, WORKLOAD, ENVIRONMENT, POLICY, HANDOVER.
 */
public record AddFactor(String reviewId, String category, String description, List<String> whys, Long expectedVersion) {
}
