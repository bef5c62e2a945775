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
 * The pages' sources hold nothing the Content-Security-Policy refuses or PrimeFaces cannot make safe (ADR 16):
 * no inline {@code <script>}, no {@code on*} attribute outside PrimeFaces components, no {@code javascript:} URL,
 * no {@code f:ajax} and no {@code h:commandLink} (Mojarra 4.0.11 runs their handlers without a nonce). The rules
 * also run against a deliberately broken page, where each must fail.
 */
class PagesRunNoInlineScriptTest {
    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Path BROKEN = Path.of("src/test/resources/csp-fixture/broken.xhtml");
    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][\\w:.-]*)([^>]*)>");
    private static final Pattern HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE = Pattern.compile("\\ssrc\\s*=");

    @Test
    void noPageOrErrorPage_holdsAnythingThePolicyWouldRefuse() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(PAGES)) {
            pages = files.filter(p -> p.toString().endsWith(".xhtml") || p.toString().endsWith(".html")).toList();
        }
        assertThat(pages).hasSizeGreaterThan(30);
        assertThat(pages.stream().flatMap(p -> violations(p).stream()).toList()).isEmpty();
    }

    @Test
    void theBrokenPage_breaksEachRule() {
        assertThat(violations(BROKEN)).extracting(v -> v.substring(v.indexOf(": ") + 2)).containsExactlyInAnyOrder(
                "inline <script>", "on* attribute on <button>", "javascript: URL", "<f:ajax>", "<h:commandLink>");
    }

    /** What in one page the policy would refuse, as "file: rule". PrimeFaces components may carry on* attributes. */
    static List<String> violations(Path page) {
        String source;
        try {
            source = Files.readString(page).replaceAll("(?s)<!--.*?-->", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> found = new ArrayList<>();
        Matcher tag = TAG.matcher(source);
        while (tag.find()) {
            String name = tag.group(1);
            String attributes = tag.group(2);
            if (name.equalsIgnoreCase("script") && !SOURCE.matcher(attributes).find()) {
                found.add(page + ": inline <script>");
            }
            if (!name.startsWith("p:") && HANDLER.matcher(attributes).find()) {
                found.add(page + ": on* attribute on <" + name + ">");
            }
            if (name.equals("f:ajax") || name.equals("h:commandLink")) {
                found.add(page + ": <" + name + ">");
            }
        }
        if (source.toLowerCase().contains("javascript:")) {
            found.add(page + ": javascript: URL");
        }
        return found;
    }
}
