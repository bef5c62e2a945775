package dimple.domain.shared;

/** Small checks on free text that several aggregates share. */
public final class Text {
    private Text() {
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Length in characters a person would count (code points), so an emoji counts once. */
    public static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    /** Trims, and turns a blank text into null. */
    public static String trimToNull(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
