package dimple.domain.reporting;

/**
 * What kind of answer a team's custom field asks for. The type of a field never changes once defined: the
 * values already stored were checked against it.
 */
public enum CustomFieldType {
    TEXT,
    LONG_TEXT,
    NUMBER,
    DATE,
    CHOICE,
    MULTI_CHOICE,
    YES_NO;

    /** A choice or a multi-choice: the field lists the choices a person picks from. */
    public boolean hasChoices() {
        return this == CHOICE || this == MULTI_CHOICE;
    }
}
