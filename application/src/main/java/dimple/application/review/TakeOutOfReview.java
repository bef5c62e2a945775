package dimple.application.review;

/** Take a timeline moment or a contributing factor (by its id) out of a drafting review. */
public record TakeOutOfReview(String reviewId, String partId, Long expectedVersion) {
}
