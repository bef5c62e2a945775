package dimple.domain.review;

import java.util.Objects;

/**
 * Something in a lesson's text that looks like personal data: the field it is in, the text found and
 * why it looks personal. The text is for the leader who wrote it, never for a log or the audit trail.
 */
public record LooksPersonal(PublishedText where, String text, Kind kind) {

    /** Why a text looks personal. */
    public enum Kind {
        /** The name or username of a person of the organisation, in a review of named reports only. */
        PERSON_NAME,
        /**
         * The name or username of a person of the organisation, in a review covering a confidential
         * report: never published, whoever it names (so a refusal tells nobody who filed the report).
         */
        NAME_NOT_TO_PUBLISH,
        EMAIL_ADDRESS,
        PHONE_NUMBER,
        /** An order, booking or other reference of an affected customer, as recorded in a recovery case. */
        CUSTOMER_REFERENCE
    }

    public LooksPersonal {
        Objects.requireNonNull(where);
        Objects.requireNonNull(text);
        Objects.requireNonNull(kind);
    }

    /** Whether the leader may confirm it is not personal data and publish anyway; never for a name that must not be published. */
    public boolean acknowledgeable() {
        return kind != Kind.NAME_NOT_TO_PUBLISH;
    }

    public String field() {
        return where.field();
    }
}
