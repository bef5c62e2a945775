package dimple.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages never let the browser cut text short: no input has a {@code maxlength}; a field's limit is a
 * {@code pt:data-maxlength}, checked by {@link TextLimitValidator} and counted by limits.js.
 */
class PageLimitsTest {
    private static final Path PAGES = Path.of("src", "main", "webapp");
    private static final Pattern LIMITED = Pattern.compile("<p:\\w+\\b[^>]*?\\bpt:data-maxlength=\"([^\"]*)\"", Pattern.DOTALL);

    @Test
    void noPageHasAMaxlengthThatCutsTextShort() {
        List<String> found = new ArrayList<>();
        for (Path page : pages()) {
            String text = read(page);
            Matcher native_ = Pattern.compile("(?<![:-])\\bmaxlength\\s*=").matcher(text);
            while (native_.find()) {
                found.add(PAGES.relativize(page) + " at " + native_.start());
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void everyLimitIsAPositiveNumber_onAPageThatDeclaresThePassthroughNamespace() {
        int limits = 0;
        for (Path page : pages()) {
            String text = read(page);
            Matcher limit = LIMITED.matcher(text);
            while (limit.find()) {
                limits++;
                assertThat(limit.group(1)).as(page + " " + limit.group()).matches("[1-9][0-9]*");
                assertThat(text).as(page.toString()).contains("xmlns:pt=\"jakarta.faces.passthrough\"");
            }
        }
        assertThat(limits).as("limited fields found").isGreaterThan(60);
    }

    private static List<Path> pages() {
        try (Stream<Path> files = Files.walk(PAGES)) {
            return files.filter(p -> p.toString().endsWith(".xhtml")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path page) {
        try {
            return Files.readString(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
