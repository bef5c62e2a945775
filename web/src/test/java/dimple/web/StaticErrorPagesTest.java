package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The static error pages are shown when Dimple cannot render a page of its own (a server error, a request it could not
 * read, an expired view), so they cannot know the reader's language: each says everything in English and in German,
 * the German marked {@code lang="de"} so that a screen reader speaks it as German (ADR 45).
 */
class StaticErrorPagesTest {
    private static final Path ERRORS = Path.of("src/main/webapp/error");
    private static final Pattern GERMAN_PART = Pattern.compile("<div class=\"card narrow\" lang=\"de\">(.*?)</div>", Pattern.DOTALL);
    private static final Pattern HEADING = Pattern.compile("<h1>([^<]+) <span lang=\"de\">· ([^<]+)</span></h1>");

    @Test
    void everyStaticErrorPage_saysItInEnglishAndInGerman_theGermanMarkedAsSuch() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.list(ERRORS)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(pages).as("the static error pages").hasSizeGreaterThanOrEqualTo(8);
        for (Path page : pages) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            assertThat(html).as(page + " is English by default").contains("<html lang=\"en\">");
            Matcher heading = HEADING.matcher(html);
            assertThat(heading.find()).as(page + ": a heading in both languages").isTrue();
            assertThat(html).as(page + ": the title in both languages")
                    .contains("<title>" + heading.group(1) + " · " + heading.group(2) + " · Dimple</title>");
            Matcher german = GERMAN_PART.matcher(html);
            assertThat(german.find()).as(page + ": a German part").isTrue();
            assertThat(german.group(1)).as(page.toString()).contains("Zur Startseite").containsPattern("[äöüßÄÖÜ]|nicht|Seite|Es wurde");
            assertThat(html).as(page + ": the skip link in both languages").contains("Zum Inhalt springen");
        }
    }
}
