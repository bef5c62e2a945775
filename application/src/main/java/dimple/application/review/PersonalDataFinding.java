package dimple.application.review;

import dimple.domain.shared.Message;
import java.io.Serializable;

/**
 * Something the lesson would show that looks like personal data: the field by its API name and in
 * words, the text found, why it looks personal ({@code PERSON_NAME}, {@code NAME_NOT_TO_PUBLISH},
 * {@code EMAIL_ADDRESS}, {@code PHONE_NUMBER}, {@code CUSTOMER_REFERENCE}) and whether the leader may
 * confirm it is not personal data and publish anyway (never for a name that must not be published).
 */
public record PersonalDataFinding(String field, Message fieldLabel, String text, String kind, boolean acknowledgeable) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** What the leader reads about it: the field's name, the text found and why it looks personal ({@code deid.finding.<kind>}). */
    public Message message() {
        return Message.of("deid.finding." + kind, fieldLabel, text);
    }
}
