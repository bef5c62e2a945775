package dimple.application.coaching;

import java.util.Locale;

/** The file formats of the HR export. */
public enum ExportFormat {
    CSV("csv", "text/csv; charset=UTF-8; header=present"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PDF("pdf", "application/pdf");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format named by its extension (csv, xlsx, pdf), in any case; null when unknown. */
    public static ExportFormat named(String name) {
        if (name == null) {
            return null;
        }
        for (ExportFormat format : values()) {
            if (format.extension.equals(name.strip().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        return null;
    }
}
