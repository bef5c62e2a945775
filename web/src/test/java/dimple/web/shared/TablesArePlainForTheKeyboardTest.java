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
 * Every {@code p:dataTable} is a plain table for the keyboard (ADR 44): {@code cellNavigation="false"}, or
 * {@code reflow="true"}, which switches PrimeFaces' cell grid off too. In the grid a focusable cell lies over the
 * link inside it (axe-core's {@code target-size}) and catches Enter before the link does.
 */
class TablesArePlainForTheKeyboardTest {
    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Pattern TABLE = Pattern.compile("<p:dataTable\\b[^>]*>", Pattern.DOTALL);

    @Test
    void everyTable_leavesPrimeFacesCellGridOff() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(PAGES)) {
            pages = files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
        }
        List<String> tables = new ArrayList<>();
        List<String> gridded = new ArrayList<>();
        for (Path page : pages) {
            Matcher table = TABLE.matcher(read(page));
            while (table.find()) {
                tables.add(page.toString());
                if (!plain(table.group())) {
                    gridded.add(page + ": " + table.group().replaceAll("\\s+", " "));
                }
            }
        }
        assertThat(tables).hasSizeGreaterThan(20);
        assertThat(gridded).isEmpty();
    }

    @Test
    void aTableWithoutEither_isNamed() {
        assertThat(plain("<p:dataTable id=\"x\" value=\"#{a.b}\" var=\"r\">")).isFalse();
        assertThat(plain("<p:dataTable cellNavigation=\"false\" id=\"x\">")).isTrue();
        assertThat(plain("<p:dataTable id=\"x\"\n    reflow=\"true\">")).isTrue();
    }

    private static boolean plain(String tag) {
        return tag.contains("cellNavigation=\"false\"") || tag.contains("reflow=\"true\"");
    }

    private static String read(Path page) {
        try {
            return Files.readString(page).replaceAll("(?s)<!--.*?-->", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
