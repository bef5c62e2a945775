package dimple.wordsfixture;

/** A deliberately broken use case for UserTextBelowWebTest: it writes its refusals, labels and an export's title in English. */
class BrokenService {
    void close(boolean leader, String from, String to, String title) {
        if (!leader) {
            throw new IllegalStateException("Only a leader may close this.");
        }
        check(from.compareTo(to) <= 0, "from", "From must not be after to.");
        check(title.length() <= 200, "title", "Title" + " has at most " + 200 + " characters.");
        check(title.length() > 0, "title", "input.required");
    }

    private void check(boolean ok, String field, String message) {
    }

    /** Names the export's spreadsheet in English, as the coaching export did before the web tier handed it its words. */
    String sheetName() {
        return "Coaching records";
    }
}
