package dimple.application.review;

import java.util.List;

/** Correct a contributing factor of a drafting review: its category, description and chain of whys. */
public record CorrectFactor(String reviewId, String factorId, String category, String description, List<String> whys, Long expectedVersion) {
}
