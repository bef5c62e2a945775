package dimple.application.coaching;

import java.time.Instant;

/** What an export says about itself (the PDF prints it on every page): what it holds, for which filter, by whom, when. */
public record ExportHeading(String title, String filter, String exportedBy, Instant exportedAt) {
}
