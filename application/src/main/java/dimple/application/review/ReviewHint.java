package dimple.application.review;

import dimple.domain.shared.Message;

/** A blaming or hindsight phrase found in a free-text field of a review (by the field's API name), with a neutral suggestion. */
public record ReviewHint(String field, String phrase, Message suggestion) implements java.io.Serializable {
}
