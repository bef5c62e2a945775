package dimple.application.reporting;

import dimple.application.audit.AuditAction;
import dimple.application.audit.AuditTrail;
import dimple.application.shared.Check;
import dimple.application.shared.RequiresPermissions;
import dimple.domain.identity.Permission;
import dimple.domain.reporting.CategoryDefinition;
import dimple.domain.reporting.CategoryDefinitionRepository;
import dimple.domain.reporting.CategoryDimension;
import dimple.domain.shared.Message;
import dimple.domain.shared.TextLimit;
import dimple.domain.shared.TextRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How report kinds and customer-impact levels are named and described for people, and which kinds need a recovery
 * case (docs/adr/0051-categories-and-impact-definitions.md): read by everyone signed in, changed by administrators.
 * The kinds and levels themselves are fixed; only their words and the recovery-case need change.
 */
@ApplicationScoped
@Transactional
public class CategoryService {
    private CategoryDefinitionRepository definitions;
    private AuditTrail audit;

    protected CategoryService() {
    }

    @Inject
    public CategoryService(CategoryDefinitionRepository definitions, AuditTrail audit) {
        this.definitions = definitions;
        this.audit = audit;
    }

    /** Every kind and level in the enumerations' order, with the words written for them. */
    @RequiresPermissions(Permission.SELF_USE)
    public CategoriesView definitions() {
        return view(current());
    }

    /** The same, for the administrators' page and API that change them (others are refused there, 403). */
    @RequiresPermissions(Permission.CATEGORY_DEFINE)
    public CategoriesView toDefine() {
        return view(current());
    }

    /**
     * Replaces the words of the kinds and levels given; every problem (a text too long, a name another kind or level
     * has in that language, a key that is no kind or level, a recovery case asked of a level) is refused at once,
     * each named {@code kinds.KEY.names.LANG}, {@code impacts.KEY.descriptions.LANG}, … and nothing is stored.
     */
    @RequiresPermissions(Permission.CATEGORY_DEFINE)
    public CategoriesView define(DefineCategories command) {
        Map<String, CategoryDefinition> byId = current();
        Check check = Check.input();
        List<String> changed = new ArrayList<>();
        apply(check, byId, CategoryDimension.KIND, "kinds", command.kinds(), changed);
        apply(check, byId, CategoryDimension.IMPACT, "impacts", command.impacts(), changed);
        for (CategoryDefinition.NameTaken taken : CategoryDefinition.namesTakenTwice(byId.values())) {
            CategoryDefinition d = taken.definition();
            check.problems(group(d.dimension()) + "." + d.key() + ".names." + taken.language(), List.of(taken.problem()));
        }
        check.orRefuse();
        byId.values().forEach(definitions::save);
        if (!changed.isEmpty()) {
            audit.record(AuditAction.CATEGORY_CHANGED, "categories", String.join(", ", changed));
        }
        return view(byId);
    }

    private static void apply(Check check, Map<String, CategoryDefinition> byId, CategoryDimension dimension, String group,
                              List<DescribeCategory> given, List<String> changed) {
        for (DescribeCategory category : given) {
            String key = category.key() == null ? "" : category.key().strip();
            CategoryDefinition d = byId.get(CategoryDefinition.idOf(dimension, key));
            if (d == null) {
                check.problems(group, List.of(Message.of("input.category.unknown", key, String.join(", ", dimension.keys()))));
                continue;
            }
            String field = group + "." + key;
            for (String language : CategoryDefinition.LANGUAGES) {
                String name = category.names().get(language);
                String description = category.descriptions().get(language);
                boolean nameFits = fits(check, field + ".names." + language, CategoryDefinition.NAME, name);
                if (fits(check, field + ".descriptions." + language, CategoryDefinition.DESCRIPTION, description) && nameFits) {
                    d.describe(language, name, description);
                }
            }
            category.names().keySet().stream().filter(l -> !CategoryDefinition.LANGUAGES.contains(l)).forEach(l ->
                    check.problems(field + ".names", List.of(Message.of("input.category.language", String.join(", ", CategoryDefinition.LANGUAGES)))));
            if (category.needsRecoveryCase() != null) {
                if (dimension == CategoryDimension.KIND) {
                    d.needRecoveryCase(category.needsRecoveryCase());
                } else if (category.needsRecoveryCase()) {
                    check.problems(field + ".needsRecoveryCase", List.of(Message.of("input.category.recoveryOnlyForKinds")));
                }
            }
            changed.add(d.id());
        }
    }

    private static boolean fits(Check check, String field, TextLimit limit, String text) {
        try {
            limit.apply(text);
            return true;
        } catch (TextRefused refused) {
            check.problems(field, List.of(refused.problem()));
            return false;
        }
    }

    /** Every kind and level, the stored definition or an unwritten one. */
    private Map<String, CategoryDefinition> current() {
        Map<String, CategoryDefinition> stored = definitions.all().stream().collect(Collectors.toMap(CategoryDefinition::id, Function.identity()));
        Map<String, CategoryDefinition> all = new LinkedHashMap<>();
        for (CategoryDimension dimension : CategoryDimension.values()) {
            for (String key : dimension.keys()) {
                String id = CategoryDefinition.idOf(dimension, key);
                all.put(id, stored.getOrDefault(id, CategoryDefinition.unwritten(dimension, key)));
            }
        }
        return all;
    }

    private static String group(CategoryDimension dimension) {
        return dimension == CategoryDimension.KIND ? "kinds" : "impacts";
    }

    private static CategoriesView view(Map<String, CategoryDefinition> all) {
        List<CategoryView> kinds = new ArrayList<>();
        List<CategoryView> impacts = new ArrayList<>();
        for (CategoryDefinition d : all.values()) {
            Map<String, String> names = new HashMap<>();
            Map<String, String> descriptions = new HashMap<>();
            for (String language : CategoryDefinition.LANGUAGES) {
                d.name(language).ifPresent(n -> names.put(language, n));
                d.description(language).ifPresent(n -> descriptions.put(language, n));
            }
            (d.dimension() == CategoryDimension.KIND ? kinds : impacts).add(new CategoryView(d.key(), d.needsRecoveryCase(), names, descriptions));
        }
        return new CategoriesView(kinds, impacts);
    }
}
