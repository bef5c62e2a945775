package dimple.application.reporting;

import java.time.Instant;

/**
 * The words of the leaders' report export, said by the web tier in the reader's language (ADR 20): column headings
 * ({@code export.reports.column.*}, {@code export.reports.field.*}), the labels of states, kinds and impacts (the same
 * {@code label.report.*} words as the inbox), the word for a confidential reporter and yes/no; and moments as the inbox
 * shows them. The reports' own texts are written as stored.
 */
public interface ReportExportWords {
    /** The words for a code, with its arguments put in. */
    String text(String code, Object... args);

    /** A kind as the inbox names it (the administrator's name where there is one, docs/adr/0051). */
    default String kind(String kind) {
        return text("label.report.kinds." + kind);
    }

    /** An impact level as the inbox names it. */
    default String impact(String impact) {
        return text("label.report.impacts." + impact);
    }

    /** A moment as the inbox shows it; only its day when only the day is kept (a confidential report's times). */
    String when(Instant at, boolean dayOnly);
}
