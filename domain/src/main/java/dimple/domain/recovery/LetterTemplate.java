package dimple.domain.recovery;

import dimple.domain.shared.Ids;
import dimple.domain.shared.Message;
import dimple.domain.shared.TextLimit;
import dimple.domain.shared.TextRefused;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words administrators keep for the apology or follow-up a customer receives after a recovery case: a name to
 * choose it by, its language ({@code en} or {@code de}), a subject and a body. Subject and body may leave values
 * open as {@code {customerReference}}, {@code {remedy}}, {@code {followUpDate}}, {@code {signedBy}} and
 * {@code {teamName}} ({@link LetterPlaceholder}); any other name in braces is refused, naming it, so a typing slip is
 * seen before a customer reads it.
 *
 * <p>{@link #fill} puts in only the values it is given for those names: a template cannot reach the report's
 * narrative, title, reporter or notes. Retiring a template keeps it, unchanged, for the steps that name it.
 */
@Entity
@Table(name = "letter_template")
public class LetterTemplate {
    public static final int MAX_NAME = 100;
    public static final int MAX_SUBJECT = 200;
    public static final int MAX_BODY = 5000;
    public static final Set<String> LANGUAGES = Set.of("en", "de");
    private static final TextLimit NAME = TextLimit.required("field.letterTemplate.name", MAX_NAME);
    private static final TextLimit SUBJECT = TextLimit.required("field.letterTemplate.subject", MAX_SUBJECT);
    private static final TextLimit BODY = TextLimit.required("field.letterTemplate.body", MAX_BODY);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]{1,60})}");

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 2 * MAX_NAME)
    private String name;

    @Column(name = "language_tag", nullable = false, length = 5)
    private String language;

    @Column(nullable = false, length = 2 * MAX_SUBJECT)
    private String subject;

    @Column(nullable = false, length = 2 * MAX_BODY)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Version
    private long version;

    protected LetterTemplate() {
    }

    /**
     * @throws TextRefused when a text breaks its limit, the language is not one a letter is written in, or a
     *     placeholder is not one of {@link LetterPlaceholder}
     */
    public static LetterTemplate define(String name, String language, String subject, String body, Instant at) {
        LetterTemplate template = new LetterTemplate();
        template.id = Ids.newId();
        template.describe(name, language, subject, body);
        template.createdAt = Objects.requireNonNull(at);
        return template;
    }

    public void revise(String newName, String newLanguage, String newSubject, String newBody) {
        refuseIfRetired();
        describe(newName, newLanguage, newSubject, newBody);
    }

    /** No longer offered for new letters; kept for the steps that name it. */
    public void retire(Instant at) {
        refuseIfRetired();
        retiredAt = Objects.requireNonNull(at);
    }

    private void refuseIfRetired() {
        if (retiredAt != null) {
            throw new RetiredLetterTemplateIsKept();
        }
    }

    private void describe(String newName, String newLanguage, String newSubject, String newBody) {
        String cleanName = NAME.apply(newName);
        String cleanLanguage = newLanguage == null ? null : newLanguage.strip();
        if (cleanLanguage == null || !LANGUAGES.contains(cleanLanguage)) {
            throw new TextRefused(Message.of("input.letterTemplate.language", String.join(", ", LANGUAGES.stream().sorted().toList())));
        }
        String cleanSubject = SUBJECT.apply(newSubject);
        String cleanBody = BODY.apply(newBody);
        Set<String> unknown = unknownPlaceholders(cleanSubject + "\n" + cleanBody);
        if (!unknown.isEmpty()) {
            throw new TextRefused(Message.of("input.letterTemplate.unknownPlaceholder",
                    String.join(", ", unknown.stream().map(token -> "{" + token + "}").toList())));
        }
        name = cleanName;
        language = cleanLanguage;
        subject = cleanSubject;
        body = cleanBody;
    }

    /** The names in braces that are not placeholders, in the order they first appear. */
    static Set<String> unknownPlaceholders(String text) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            if (LetterPlaceholder.byToken(matcher.group(1)).isEmpty()) {
                unknown.add(matcher.group(1));
            }
        }
        return unknown;
    }

    /**
     * The letter with each placeholder replaced by its value; a placeholder with no value given is left empty. A
     * value is put in as it is, never read for placeholders itself.
     */
    public LetterText fill(Map<LetterPlaceholder, String> values) {
        Map<LetterPlaceholder, String> given = values.isEmpty() ? new EnumMap<>(LetterPlaceholder.class) : new EnumMap<>(values);
        return new LetterText(fillText(subject, given), fillText(body, given));
    }

    private static String fillText(String text, Map<LetterPlaceholder, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = LetterPlaceholder.byToken(matcher.group(1)).map(placeholder -> values.getOrDefault(placeholder, "")).orElse(matcher.group());
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value == null ? "" : value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String language() {
        return language;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
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
