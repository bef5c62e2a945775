package dimple.web.reporting;

import dimple.application.reporting.CategoriesView;
import dimple.application.reporting.CategoryService;
import dimple.application.shared.AccessRefused;
import dimple.application.shared.NotSignedIn;
import dimple.web.shared.Words;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/**
 * The one lookup every page names report kinds and impact levels through (docs/adr/0051): the administrator's words
 * in the page's language, the bundles' words where none were written. The definitions are read once per request, so a
 * table of reports costs one read, and a change shows on the next page.
 */
@Named
@RequestScoped
public class CategoryWords {
    private static final CategoriesView NONE = new CategoriesView(List.of(), List.of());

    @Inject
    CategoryService categories;

    private CategoriesView view;

    /** The definitions of this request; none (the bundles' words) for someone not signed in. */
    public CategoriesView view() {
        if (view == null) {
            try {
                view = categories.definitions();
            } catch (NotSignedIn | AccessRefused e) {
                view = NONE;
            }
        }
        return view;
    }

    public String kind(String kind) {
        return kind(view(), kind, Words.current(), "label.report.kinds.");
    }

    public String impact(String impact) {
        return impact(view(), impact, Words.current());
    }

    /** The administrator's description of a kind in the page's language, empty when none was written. */
    public String kindHelp(String kind) {
        return view().kindDescription(kind, Words.current().getLanguage()).orElse("");
    }

    public String impactHelp(String impact) {
        return view().impactDescription(impact, Words.current().getLanguage()).orElse("");
    }

    public boolean needsRecoveryCase(String kind) {
        return view().needsRecoveryCase(kind);
    }

    /** Whether any kind has a description in the page's language (the report form's help). */
    public boolean isAnyKindHelp() {
        String language = Words.current().getLanguage();
        return view().kinds().stream().anyMatch(c -> c.descriptions().containsKey(language));
    }

    public boolean isAnyImpactHelp() {
        String language = Words.current().getLanguage();
        return view().impacts().stream().anyMatch(c -> c.descriptions().containsKey(language));
    }

    /** The names of the kinds that need a recovery case, in the page's language ("A customer was harmed"); empty when none does. */
    public String getKindsNeedingRecoveryCase() {
        return String.join(", ", view().kindsNeedingRecoveryCase().stream().map(this::kind).toList());
    }

    /** A kind's name: the administrator's in the language, else the bundle's words under {@code fallbackPrefix}. */
    public static String kind(CategoriesView view, String kind, Locale locale, String fallbackPrefix) {
        return view.kindName(kind, locale.getLanguage()).orElseGet(() -> Words.text(locale, fallbackPrefix + kind));
    }

    public static String impact(CategoriesView view, String impact, Locale locale) {
        return view.impactName(impact, locale.getLanguage()).orElseGet(() -> Words.text(locale, "label.report.impacts." + impact));
    }
}
