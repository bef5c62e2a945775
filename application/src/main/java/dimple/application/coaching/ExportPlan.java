package dimple.application.coaching;

/**
 * A checked export request and what the download is called and contains, known before the first byte
 * is written (so that refusals can still be answered properly).
 */
public record ExportPlan(ExportRequest request, ExportFormat format, String fileName, String mediaType) {
}
