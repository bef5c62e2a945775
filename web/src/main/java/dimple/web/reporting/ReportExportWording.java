package dimple.web.reporting;

import dimple.application.reporting.CategoriesView;
import dimple.application.reporting.ReportExportWords;
import dimple.web.shared.Formats;
import dimple.web.shared.Words;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/** The report export's words in one language, its moments in one time zone, as the inbox shows them ({@link Formats#when}),
 * its kinds and impact levels as the administrator named them (read before the file is written). */
record ReportExportWording(Locale language, ZoneId zone, CategoriesView categories) implements ReportExportWords {
    @Override
    public String text(String code, Object... args) {
        return Words.text(language, code, args);
    }

    @Override
    public String kind(String kind) {
        return CategoryWords.kind(categories, kind, language, "label.report.kinds.");
    }

    @Override
    public String impact(String impact) {
        return CategoryWords.impact(categories, impact, language);
    }

    @Override
    public String when(Instant at, boolean dayOnly) {
        return Formats.when(at, dayOnly, language, zone);
    }
}
