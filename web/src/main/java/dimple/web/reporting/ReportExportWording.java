package dimple.web.reporting;

import dimple.application.reporting.ReportExportWords;
import dimple.web.shared.Formats;
import dimple.web.shared.Words;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/** The report export's words in one language, its moments in one time zone, as the inbox shows them ({@link Formats#when}). */
record ReportExportWording(Locale language, ZoneId zone) implements ReportExportWords {
    @Override
    public String text(String code, Object... args) {
        return Words.text(language, code, args);
    }

    @Override
    public String when(Instant at, boolean dayOnly) {
        return Formats.when(at, dayOnly, language, zone);
    }
}
