package dimple.domain.reporting;

import dimple.domain.shared.Message;
import dimple.domain.shared.TextLimit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How an administrator names and describes one report kind or customer-impact level for people (issue 13,
 * docs/adr/0051-categories-and-impact-definitions.md), per language ({@code en}, {@code de}), and for a kind whether
 * its reports need a recovery case. The kind or level itself is the enumeration's value and never changes: it is
 * the key the API, the stored reports and the filters use. A name or description left empty means "the words the
 * bundles have", so a new definition says nothing until an administrator writes something.
 */
@Entity
@Table(name = "category_definition")
public class CategoryDefinition {
    public static final int MAX_NAME = 60;
    public static final int MAX_DESCRIPTION = 300;
    public static final List<String> LANGUAGES = List.of("en", "de");
    public static final TextLimit NAME = TextLimit.optional("field.category.name", MAX_NAME);
    public static final TextLimit DESCRIPTION = TextLimit.optional("field.category.description", MAX_DESCRIPTION);

    /** {@code KIND.NEAR_MISS}, {@code IMPACT.MINOR}. */
    @Id
    @Column(length = 40)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CategoryDimension dimension;

    @Column(name = "category_key", nullable = false, length = 30)
    private String key;

    @Column(name = "name_en", length = 2 * MAX_NAME)
    private String nameEn;

    @Column(name = "name_de", length = 2 * MAX_NAME)
    private String nameDe;

    @Column(name = "description_en", length = 2 * MAX_DESCRIPTION)
    private String descriptionEn;

    @Column(name = "description_de", length = 2 * MAX_DESCRIPTION)
    private String descriptionDe;

    @Column(name = "needs_recovery_case", nullable = false)
    private boolean needsRecoveryCase;

    @Version
    private long version;

    protected CategoryDefinition() {
    }

    /**
     * A definition with no words of its own; a harmed customer needs a recovery case until an administrator says
     * otherwise, every other kind does not.
     *
     * @throws IllegalArgumentException when the key is not a value of the dimension's enumeration
     */
    public static CategoryDefinition unwritten(CategoryDimension dimension, String key) {
        if (!dimension.keys().contains(key)) {
            throw new IllegalArgumentException("not a " + dimension + ": " + key);
        }
        CategoryDefinition definition = new CategoryDefinition();
        definition.id = idOf(dimension, key);
        definition.dimension = dimension;
        definition.key = key;
        definition.needsRecoveryCase = dimension == CategoryDimension.KIND && ReportKind.CUSTOMER_HARMED.name().equals(key);
        return definition;
    }

    /** The kinds whose reports need a recovery case: as stored, and as {@link #unwritten} says for a kind with no row. */
    public static java.util.Set<String> kindsNeedingRecoveryCase(Collection<CategoryDefinition> stored) {
        Map<String, CategoryDefinition> byId = new HashMap<>();
        stored.forEach(d -> byId.put(d.id, d));
        java.util.Set<String> kinds = new java.util.LinkedHashSet<>();
        for (String kind : CategoryDimension.KIND.keys()) {
            CategoryDefinition d = byId.getOrDefault(idOf(CategoryDimension.KIND, kind), unwritten(CategoryDimension.KIND, kind));
            if (d.needsRecoveryCase) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    public static String idOf(CategoryDimension dimension, String key) {
        return dimension.name() + "." + key;
    }

    /**
     * New words in one language; blank means the bundle's words.
     *
     * @throws dimple.domain.shared.TextRefused when a name is longer than {@value #MAX_NAME} or a description longer
     *     than {@value #MAX_DESCRIPTION} characters, or the language is not one of {@link #LANGUAGES}
     */
    public void describe(String language, String name, String description) {
        String cleanName = NAME.apply(name);
        String cleanDescription = DESCRIPTION.apply(description);
        switch (known(language)) {
            case "en" -> {
                nameEn = cleanName;
                descriptionEn = cleanDescription;
            }
            default -> {
                nameDe = cleanName;
                descriptionDe = cleanDescription;
            }
        }
    }

    /** Only kinds can need a recovery case; an impact level is always {@code false}. */
    public void needRecoveryCase(boolean needed) {
        if (needed && dimension != CategoryDimension.KIND) {
            throw new IllegalArgumentException("only a kind needs a recovery case");
        }
        needsRecoveryCase = needed;
    }

    /** The administrator's name in the language, empty when the bundle's words stand. */
    public Optional<String> name(String language) {
        return Optional.ofNullable("en".equals(language) ? nameEn : "de".equals(language) ? nameDe : null);
    }

    public Optional<String> description(String language) {
        return Optional.ofNullable("en".equals(language) ? descriptionEn : "de".equals(language) ? descriptionDe : null);
    }

    /**
     * The names given twice within one dimension and language (ignoring case and surrounding space): for each, the
     * definition that repeats a name an earlier one (in the enumeration's order) already has, with the language and
     * the problem {@code input.category.nameTaken} naming the other (by its bundle words). Two empty names are no clash: both mean the
     * bundle's words, which differ.
     */
    public static List<NameTaken> namesTakenTwice(Collection<CategoryDefinition> definitions) {
        List<CategoryDefinition> ordered = new ArrayList<>(definitions);
        ordered.sort(java.util.Comparator.comparing((CategoryDefinition d) -> d.dimension).thenComparing(d -> d.dimension.keys().indexOf(d.key)));
        List<NameTaken> taken = new ArrayList<>();
        for (String language : LANGUAGES) {
            Map<String, CategoryDefinition> seen = new HashMap<>();
            for (CategoryDefinition d : ordered) {
                Optional<String> name = d.name(language);
                if (name.isEmpty()) {
                    continue;
                }
                String folded = d.dimension + "\n" + name.get().strip().toLowerCase(Locale.ROOT);
                CategoryDefinition first = seen.putIfAbsent(folded, d);
                if (first != null) {
                    taken.add(new NameTaken(d, language, Message.of("input.category.nameTaken", name.get(), first.label())));
                }
            }
        }
        return taken;
    }

    /** A name that {@link #namesTakenTwice} found in another definition of the same dimension and language. */
    public record NameTaken(CategoryDefinition definition, String language, Message problem) {
    }

    /** The bundle's words for this kind or level, as a message ({@code label.report.kinds.NEAR_MISS}). */
    public Message label() {
        return Message.of((dimension == CategoryDimension.KIND ? "label.report.kinds." : "label.report.impacts.") + key);
    }

    private static String known(String language) {
        if (language == null || !LANGUAGES.contains(language)) {
            throw new dimple.domain.shared.TextRefused(Message.of("input.category.language", String.join(", ", LANGUAGES)));
        }
        return language;
    }

    public String id() {
        return id;
    }

    public CategoryDimension dimension() {
        return dimension;
    }

    public String key() {
        return key;
    }

    public boolean needsRecoveryCase() {
        return needsRecoveryCase;
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return Objects.toString(id);
    }
}
