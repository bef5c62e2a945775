package dimple.web.reporting;

import dimple.application.reporting.CategoriesView;
import dimple.application.reporting.CategoryService;
import dimple.application.reporting.CategoryView;
import dimple.application.reporting.DefineCategories;
import dimple.application.reporting.DescribeCategory;
import dimple.web.shared.Messages;
import dimple.web.shared.Words;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /admin/categories.xhtml} (docs/adr/0051): administrators name and describe each report kind and impact level
 * in English and German, and say which kinds need a recovery case. An empty field shows the bundle's words as its
 * placeholder, and keeps them.
 */
@Named
@ViewScoped
public class CategoryAdmin implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CategoryService categories;

    private List<Row> kinds = List.of();
    private List<Row> impacts = List.of();

    /** f:viewAction: only administrators get the page (others the 403 page, through the refusal handler). */
    public void load() {
        show(categories.toDefine());
    }

    public String save() {
        categories.define(new DefineCategories(kinds.stream().map(r -> r.command(true)).toList(), impacts.stream().map(r -> r.command(false)).toList()));
        Messages.done(Words.text(Words.current(), "categories.saved"));
        return "/admin/categories?faces-redirect=true";
    }

    private void show(CategoriesView view) {
        kinds = view.kinds().stream().map(Row::of).toList();
        impacts = view.impacts().stream().map(Row::of).toList();
    }

    public List<Row> getKinds() {
        return kinds;
    }

    public List<Row> getImpacts() {
        return impacts;
    }

    /** The bundle's words for a kind in a language: what stands while the field is empty. */
    public String kindDefault(String key, String language) {
        return Words.text(Locale.forLanguageTag(language), "label.report.kinds." + key);
    }

    public String impactDefault(String key, String language) {
        return Words.text(Locale.forLanguageTag(language), "label.report.impacts." + key);
    }

    /** The languages the words are written in, in the form's order. */
    public List<String> getLanguages() {
        return List.of("en", "de");
    }

    /** One kind or impact level as the form edits it: a name and a description per language. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private String key;
        private boolean needsRecoveryCase;
        private final HashMap<String, String> names = new HashMap<>();
        private final HashMap<String, String> descriptions = new HashMap<>();

        static Row of(CategoryView view) {
            Row row = new Row();
            row.key = view.key();
            row.needsRecoveryCase = view.needsRecoveryCase();
            row.names.putAll(view.names());
            row.descriptions.putAll(view.descriptions());
            return row;
        }

        DescribeCategory command(boolean kind) {
            return new DescribeCategory(key, kind ? needsRecoveryCase : null, Map.copyOf(withoutNulls(names)), Map.copyOf(withoutNulls(descriptions)));
        }

        private static Map<String, String> withoutNulls(Map<String, String> words) {
            Map<String, String> kept = new HashMap<>();
            words.forEach((language, text) -> {
                if (text != null) {
                    kept.put(language, text);
                }
            });
            return kept;
        }

        public String getKey() {
            return key;
        }

        public boolean isNeedsRecoveryCase() {
            return needsRecoveryCase;
        }

        public void setNeedsRecoveryCase(boolean needsRecoveryCase) {
            this.needsRecoveryCase = needsRecoveryCase;
        }

        /** Language to name; the form writes into it. */
        public Map<String, String> getNames() {
            return names;
        }

        public Map<String, String> getDescriptions() {
            return descriptions;
        }
    }
}
