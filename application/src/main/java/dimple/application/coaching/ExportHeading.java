package dimple.application.coaching;

import java.time.Instant;

/**
 * What an export says about itself (the PDF prints it on every page): for which filter, by whom, when.
 * The filter is its criteria as {@code name=value} pairs ({@code team=Front Desk, status=CLOSED}),
 * empty when it selects every record; the exporter says that in words.
 */
public record ExportHeading(String filter, String exportedBy, Instant exportedAt) {
}
