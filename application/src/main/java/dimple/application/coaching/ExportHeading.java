package dimple.application.coaching;

import java.time.Instant;
import java.time.ZoneId;

/**
 * What an export says about itself (the XLSX above its table, the PDF on every page): for which filter,
 * by whom, when, and the time zone its times are written in. Facts only (ADR 20): the exporter says the
 * filter in words ("Team: Front Desk · Held from 1 Nov 2026 to 30 Nov 2026 · State: any").
 *
 * @param zone the organisation's time zone: the one the pages show times in (UTC today, see ADR 24)
 */
public record ExportHeading(CoachingFilter filter, String exportedBy, Instant exportedAt, ZoneId zone) {
    public ExportHeading {
        filter = filter == null ? CoachingFilter.everything() : filter;
    }
}
