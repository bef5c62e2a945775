package dimple.domain.reporting;

import dimple.domain.shared.Ids;
import dimple.domain.shared.Message;
import dimple.domain.shared.Text;
import dimple.domain.shared.TextLimit;
import dimple.domain.shared.TextRefused;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A question a team asks on every report besides the usual ones ("Which shift", "Which desk"): its label, its
 * {@link CustomFieldType type}, required or optional, a help text, the choices for a choice or multi-choice, and its
 * place among the team's fields. Its {@link #key()} is made once from the first label and never changes, so the API
 * and the stored values keep pointing at it when the label is reworded.
 *
 * <p>Removing a field {@link #retire retires} it: the reports that answered it keep their values, shown under the
 * label the field had, marked as removed; new reports no longer ask it. A removed field is not changed or moved
 * ({@link RemovedFieldIsKept}).
 *
 * <p>{@link #valueFrom} checks what a person gave for the field and turns it into the text stored with the report
 * (numbers as plain decimals, dates as ISO days, yes/no as {@code true}/{@code false}, the choices picked one per
 * line in the order of the field's choices).
 */
@Entity
@Table(name = "custom_field")
public class CustomField {
    public static final int MAX_LABEL = 100;
    public static final int MAX_HELP = 500;
    public static final int MAX_CHOICE = 100;
    public static final int MAX_CHOICES = 30;
    public static final int MAX_KEY = 40;
    public static final int MAX_TEXT = 500;
    public static final int MAX_LONG_TEXT = 4000;
    public static final int MAX_NUMBER = 30;
    private static final TextLimit LABEL = TextLimit.required("field.customField.label", MAX_LABEL);
    private static final TextLimit HELP = TextLimit.optional("field.customField.help", MAX_HELP);
    private static final TextLimit CHOICE = TextLimit.required("field.customField.choice", MAX_CHOICE);

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "team_id", nullable = false, length = 36)
    private String teamId;

    @Column(name = "field_key", nullable = false, length = MAX_KEY)
    private String key;

    @Column(nullable = false, length = 2 * MAX_LABEL)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "field_type", nullable = false, length = 20)
    private CustomFieldType type;

    @Column(nullable = false)
    private boolean required;

    @Column(name = "help_text", length = 2 * MAX_HELP)
    private String helpText;

    /** The choices, one per line, in the order shown. */
    @Column(length = 2 * (MAX_CHOICE + 1) * MAX_CHOICES)
    private String choices;

    @Column(name = "field_order", nullable = false)
    private int position;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Version
    private long version;

    protected CustomField() {
    }

    /**
     * Defines a field of a team, at {@code position} among its fields.
     *
     * @param takenKeys the keys the team's fields have already (removed ones too), so that the new key is the team's own
     * @throws TextRefused when the label, the help text or a choice breaks its limit, or the choices do not fit the type
     */
    public static CustomField define(String teamId, Collection<String> takenKeys, String label, CustomFieldType type, boolean required,
                                     String helpText, List<String> choices, int position, Instant at) {
        CustomField field = new CustomField();
        field.id = Ids.newId();
        field.teamId = Objects.requireNonNull(teamId);
        field.type = Objects.requireNonNull(type);
        field.describe(label, required, helpText, choices);
        field.key = keyFrom(field.label, takenKeys);
        field.position = position;
        field.createdAt = Objects.requireNonNull(at);
        return field;
    }

    /** Rewords the field, makes it required or optional, changes its help text or its choices; its type and key stay. */
    public void revise(String newLabel, boolean newRequired, String newHelpText, List<String> newChoices) {
        refuseIfRetired();
        describe(newLabel, newRequired, newHelpText, newChoices);
    }

    /** Its place among the team's fields (the team's list is renumbered by the caller). */
    public void moveTo(int newPosition) {
        refuseIfRetired();
        position = newPosition;
    }

    /** Removes the field from the form; the values already stored stay, under this field's label. */
    public void retire(Instant at) {
        refuseIfRetired();
        retiredAt = Objects.requireNonNull(at);
    }

    private void refuseIfRetired() {
        if (retiredAt != null) {
            throw new RemovedFieldIsKept();
        }
    }

    private void describe(String newLabel, boolean newRequired, String newHelpText, List<String> newChoices) {
        String cleanLabel = LABEL.apply(newLabel);
        String cleanHelp = HELP.apply(newHelpText);
        List<String> cleanChoices = cleanChoices(newChoices);
        if (type.hasChoices() && cleanChoices.isEmpty()) {
            throw new TextRefused(Message.of("input.customField.choicesNeeded"));
        }
        if (!type.hasChoices() && !cleanChoices.isEmpty()) {
            throw new TextRefused(Message.of("input.customField.noChoices"));
        }
        if (cleanChoices.size() > MAX_CHOICES) {
            throw new TextRefused(Message.of("input.customField.tooManyChoices", MAX_CHOICES));
        }
        label = cleanLabel;
        required = newRequired;
        helpText = cleanHelp;
        choices = cleanChoices.isEmpty() ? null : String.join("\n", cleanChoices);
    }

    private static List<String> cleanChoices(List<String> given) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> clean = new ArrayList<>();
        if (given == null) {
            return clean;
        }
        for (String choice : given) {
            if (Text.isBlank(choice)) {
                continue;
            }
            // A line break would split one stored choice into two.
            String one = CHOICE.apply(choice.replaceAll("\\s+", " "));
            if (!seen.add(one.toLowerCase(Locale.ROOT))) {
                throw new TextRefused(Message.of("input.customField.choiceTwice", one));
            }
            clean.add(one);
        }
        return clean;
    }

    /**
     * The key a field labelled so gets: the label's letters and digits in lower case (accents dropped), words joined by
     * hyphens, at most {@value #MAX_KEY} characters; {@code field} when nothing is left; a number added when taken.
     */
    static String keyFrom(String label, Collection<String> taken) {
        String plain = Normalizer.normalize(label == null ? "" : label, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("ß", "ss").replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (plain.length() > MAX_KEY - 4) {
            plain = plain.substring(0, MAX_KEY - 4).replaceAll("-+$", "");
        }
        String base = plain.isEmpty() ? "field" : plain;
        String key = base;
        for (int n = 2; taken != null && taken.contains(key); n++) {
            key = base + "-" + n;
        }
        return key;
    }

    /**
     * What a person gave for this field, checked and as it is stored: null when nothing was given (and the field is
     * optional). A single-valued type takes one value; a multi-choice takes any number of choices.
     *
     * @throws TextRefused naming the field by its label when the value is missing but required, too long, not a
     *     number, not a day ({@code 2026-11-23}), not yes or no, or not among the choices
     */
    public String valueFrom(List<String> given) {
        List<String> values = given == null ? List.of() : given.stream().filter(v -> !Text.isBlank(v)).map(String::strip).toList();
        if (values.isEmpty()) {
            if (required) {
                throw new TextRefused(Message.of("input.required", label));
            }
            return null;
        }
        if (type != CustomFieldType.MULTI_CHOICE && values.size() > 1) {
            throw new TextRefused(Message.of("input.customField.oneValue", label));
        }
        String value = values.get(0);
        return switch (type) {
            case TEXT -> limited(value, MAX_TEXT);
            case LONG_TEXT -> limited(value, MAX_LONG_TEXT);
            case NUMBER -> number(value);
            case DATE -> day(value);
            case YES_NO -> yesOrNo(value);
            case CHOICE -> String.join("\n", picked(values));
            case MULTI_CHOICE -> String.join("\n", picked(values));
        };
    }

    private String limited(String value, int max) {
        int length = Text.length(value);
        if (length > max) {
            throw new TextRefused(Message.of("input.maxLength", label, max, length));
        }
        return value;
    }

    private String number(String value) {
        try {
            if (value.length() > MAX_NUMBER) {
                throw new NumberFormatException();
            }
            return new BigDecimal(value).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            throw new TextRefused(Message.of("input.customField.number", label));
        }
    }

    private String day(String value) {
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw new TextRefused(Message.of("input.customField.date", label));
        }
    }

    private String yesOrNo(String value) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return value.toLowerCase(Locale.ROOT);
        }
        throw new TextRefused(Message.of("input.customField.yesNo", label));
    }

    private List<String> picked(List<String> values) {
        List<String> all = choices();
        List<String> picked = new ArrayList<>();
        for (String value : values) {
            String known = all.stream().filter(c -> c.equalsIgnoreCase(value)).findFirst()
                    .orElseThrow(() -> new TextRefused(Message.of("input.customField.choice", label, String.join(", ", all))));
            picked.add(known);
        }
        return all.stream().filter(picked::contains).toList();
    }

    public String id() {
        return id;
    }

    public String teamId() {
        return teamId;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public CustomFieldType type() {
        return type;
    }

    public boolean required() {
        return required;
    }

    public String helpText() {
        return helpText;
    }

    /** The choices in the order shown; empty unless a choice or multi-choice. */
    public List<String> choices() {
        return choices == null ? List.of() : List.of(choices.split("\n"));
    }

    public int position() {
        return position;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isRetired() {
        return retiredAt != null;
    }

    public Instant retiredAt() {
        return retiredAt;
    }

    public long version() {
        return version;
    }
}
