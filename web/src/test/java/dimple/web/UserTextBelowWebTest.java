package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.web.SourceLiterals.Literal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Words live in bundles (ADR 20): no English sentence or label is written in the main code of domain
 * and application; they raise message codes, and the web tier renders them from messages*.properties.
 * The rule reads the source (string literals are not visible to ArchUnit), runs against Dimple's code
 * (must pass) and against a broken fixture (must fail), and every allowance must still be needed.
 */
class UserTextBelowWebTest {
    private static final Path ROOT = Path.of("..");

    /** Starts with a capitalised word ("Title", "Only a leader ..."), not an identifier such as "Lesson.find". */
    private static final Pattern CAPITALISED_WORDS = Pattern.compile("^[A-Z][a-z]+('[a-z]+)?( |[,.:;!?]( |$)|$)");
    /** Two or more words that end a sentence (" marked fields.", "page must be 0 or more."). */
    private static final Pattern SENTENCE_END = Pattern.compile("[A-Za-z]+ [A-Za-z]+.*[a-z0-9)\"]\\.$|[A-Za-z]+ [A-Za-z]+.*\\?$|\\\\u201D\\.$");

    /** Not words of the product, for good: sample records the demo seed files as people would type them. */
    private static final List<String> SEED_DATA = List.of(
            "application/src/main/java/dimple/application/bootstrap/Demo");
    private static final Map<String, List<String>> PERMANENT = Map.of(
            // The first administrator's display name: a stored record, like any name people give themselves.
            "application/src/main/java/dimple/application/bootstrap/FirstRun.java", List.of("Administrator"),
            // A programming error found when the class loads (a phrase listed twice): for the developer, never shown.
            "domain/src/main/java/dimple/domain/reporting/BlameLanguage.java", List.of("The phrase \\\""),
            // Thrown while an export streams to the browser, after the answer has begun: it reaches the log, not a person.
            "application/src/main/java/dimple/application/coaching/ExportInterrupted.java", List.of("The export stopped after "));

    /** The user-text literals of the main code under these roots that no allowance covers. */
    static List<Literal> userTextIn(Path... roots) {
        List<Literal> found = new ArrayList<>();
        for (Literal literal : SourceLiterals.under(roots)) {
            if (isUserText(literal.text()) && !allowed(literal)) {
                found.add(literal);
            }
        }
        return found;
    }

    static boolean isUserText(String text) {
        return CAPITALISED_WORDS.matcher(text).find() || SENTENCE_END.matcher(text).find();
    }

    private static boolean allowed(Literal literal) {
        String file = name(literal.file());
        return SEED_DATA.stream().anyMatch(file::startsWith)
                || PERMANENT.getOrDefault(file, List.of()).contains(literal.text());
    }

    private static String name(Path file) {
        return ROOT.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static Path[] belowWeb() {
        return new Path[] {ROOT.resolve("domain/src/main/java"), ROOT.resolve("application/src/main/java")};
    }

    @Test
    void domainAndApplication_writeNoUserText_outsideTheNamedAllowances() {
        assertThat(userTextIn(belowWeb())).isEmpty();
    }

    @Test
    void theRule_failsOnAFixtureThatWritesRefusalsLabelsAndAnExportTitleInEnglish() {
        List<Literal> found = userTextIn(Path.of("src/test/resources/wordsfixture"));

        assertThat(found).extracting(Literal::text).containsExactly(
                "Only a leader may close this.", "From must not be after to.", "Title", "Coaching records");
    }

    @Test
    void everyAllowance_isStillNeeded() {
        Set<String> present = new LinkedHashSet<>();
        for (Literal literal : SourceLiterals.under(belowWeb())) {
            present.add(name(literal.file()) + "|" + literal.text());
        }
        List<String> stale = new ArrayList<>();
        PERMANENT.forEach((file, texts) -> texts.stream().filter(t -> !present.contains(file + "|" + t)).forEach(t -> stale.add(file + ": " + t)));
        assertThat(stale).as("allowed texts that are gone: take them off the list").isEmpty();
    }

    @Test
    void theHeuristic_tellsSentencesAndLabelsFromCodesAndQueries() {
        assertThat(List.of("Title", "What happened", "Only a leader of this report's team can triage it.", " marked fields.",
                "page must be 0 or more.")).allMatch(UserTextBelowWebTest::isUserText);
        assertThat(List.of("rule.publishedReviewIsFrozen", "field.title", "Lesson.findByTeam", "SELECT r FROM Review r", "heldOn DESC",
                "a report needs a title of at most ", "mistake_report", "UTF-8")).noneMatch(UserTextBelowWebTest::isUserText);
    }
}
