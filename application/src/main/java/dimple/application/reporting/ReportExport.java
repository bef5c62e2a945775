package dimple.application.reporting;

/** A checked export of a team inbox: the filter, what the download is called and its media type. */
public record ReportExport(InboxFilter filter, String fileName, String mediaType) {
}
