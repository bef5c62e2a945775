package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Words on pages come from the bundles (ADR 20, ADR 45). Counts, per page, the words still written into the
 * markup (text between tags, and the attributes people read: value, label, title, placeholder, header, headerText,
 * aria-label, ariaLabel, itemLabel, alt, emptyMessage, requiredMessage, data-label), outside {@code #{...}} and as
 * texts inside it ({@code 'Nobody yet'}), and holds each page to the count in
 * {@code page-words-left.txt}: a page may not gain a hard-coded word, and a page that lost some must have its
 * count lowered, so the list only ever shrinks. A page not listed has none.
 */
class PageWordsTest {
    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern SCRIPT = Pattern.compile("(?s)<(script|style)\\b.*?</\\1>");
    /** An expression, whose texts may hold braces ({@code replace('{0}', t.name())}). */
    private static final Pattern EL = Pattern.compile("[#$]\\{(?:'[^']*'|\"[^\"]*\"|[^}'\"])*}");
    private static final Pattern TEXT = Pattern.compile(">([^<>]+)<");
    private static final Pattern READ_ATTRIBUTE = Pattern.compile("\\s(?:pt:)?(?:value|label|title|placeholder|header|headerText|"
            + "aria-label|ariaLabel|itemLabel|alt|summary|emptyMessage|requiredMessage|data-label)=\"([^\"]*)\"");
    /** A text inside {@code #{...}}: {@code 'Nobody yet'}. */
    private static final Pattern EL_LITERAL = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'|\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** Such a text is words when it has two words or starts as a word does ("Nobody yet", "Open"); not "OPEN", "page.x". */
    private static final Pattern EL_WORDS = Pattern.compile("\\p{L}{2,}\\s+\\p{L}{2,}|^\\s*\\p{Lu}\\p{Ll}+\\b(?![.\\w-]*\\.)");
    /**
     * A parameter's value that is a plain code, such as a tab's name in a link ({@code <f:param name="tab" value="story"/>})
     * or an include's switch: not words. A parameter with words (a heading handed to an include, a message's argument) counts.
     */
    private static final Pattern PARAMETER_CODE = Pattern.compile("<(?:f|ui):param\\b[^>]*\\svalue=\"[a-z][\\w-]*\"[^>]*>");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Pattern SCRIPT_BLOCK_COMMENT = Pattern.compile("(?s)/\\*.*?\\*/");
    private static final Pattern SCRIPT_LINE_COMMENT = Pattern.compile("(?m)(^|\\s)//.*$");
    private static final Pattern SCRIPT_LITERAL = Pattern.compile("'((?:[^'\\\\\\n]|\\\\.)*)'|\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    /** Letters with a space in or before them, perhaps with sentence marks: " left", "Nothing was cut.". */
    private static final Pattern SCRIPT_WORDS = Pattern.compile("(?=.*\\s)[\\p{L}\\s,.;:!?]+");
    /** Literals of that shape that are code: the strict-mode directive and CSS selectors of the scripts. */
    private static final Set<String> SCRIPT_CODE = Set.of("use strict", "main form", "label, legend", ".field, fieldset", "input, textarea");

    @Test
    void noPageGainsAHardCodedWord_andTheListOfPagesLeftOnlyShrinks() throws IOException {
        Map<String, Integer> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList()) {
                int count = hardCoded(Files.readString(file, StandardCharsets.UTF_8)).size();
                if (count > 0) {
                    found.put(PAGES.relativize(file).toString().replace('\\', '/'), count);
                }
            }
        }
        StringBuilder expected = new StringBuilder();
        found.forEach((page, count) -> expected.append(page).append(' ').append(count).append('\n'));
        assertThat(expected.toString()).as("hard-coded words per page; move words into the bundles, then lower the count here")
                .isEqualTo(left());
    }

    @Test
    void theBeansConfirmations_comeFromTheBundle() throws IOException {
        Pattern literal = Pattern.compile("Messages\\.(done|note)\\(\\s*\"");
        List<String> written = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                if (literal.matcher(Files.readString(file, StandardCharsets.UTF_8)).find()) {
                    written.add(file.getFileName().toString());
                }
            }
        }
        assertThat(written).as("Messages.done/note with words written into the code: use Words.text(Words.current(), code, ...)").isEmpty();
        assertThat(literal.matcher("Messages.done(\"Saved.\");").find()).as("the check can fail").isTrue();
    }

    @Test
    void theCount_findsTextAndReadAttributes_butNotWordsFromTheBundles() {
        assertThat(hardCoded("""
                <h:outputLabel value="Your name"/> <p>#{msg['a.b']}</p>
                <!-- a comment --> <p>Saved at #{x.y}.</p> <script>var x = 'word';</script>
                <h:link outcome="/index" value="#{msg['nav.home']}" styleClass="brand"/> <span>Dimple</span> <b>·</b>
                """)).containsExactly("Saved at .", "Your name");
    }

    @Test
    void theScripts_holdNoWordsForPeople_theyReadThemFromThePage() throws IOException {
        Map<String, List<String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(PAGES.resolve("resources/dimple/js"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".js")).sorted().toList()) {
                List<String> words = scriptWords(Files.readString(file, StandardCharsets.UTF_8));
                if (!words.isEmpty()) {
                    found.put(file.getFileName().toString(), words);
                }
            }
        }
        assertThat(found).as("words in scripts: render them into the page from the bundle (data-* of #formWords, #draftWords)").isEmpty();
        assertThat(scriptWords("""
                'use strict'; // a 'remark like this'
                /* 'nor this' */ el.textContent = (n) + (n === 1 ? ' character' : ' characters') + ' left';
                document.querySelectorAll('main form'); time + " UTC"; word('left-one');
                """)).as("the check can fail").containsExactly(" character", " characters", " left", " UTC");
    }

    /**
     * The string literals of a script that read as words for people: letters with a space in or before them
     * (perhaps with sentence marks), not a CSS selector of the scripts or the strict-mode directive.
     */
    static List<String> scriptWords(String script) {
        String code = SCRIPT_LINE_COMMENT.matcher(SCRIPT_BLOCK_COMMENT.matcher(script).replaceAll("")).replaceAll("");
        List<String> found = new ArrayList<>();
        Matcher literal = SCRIPT_LITERAL.matcher(code);
        while (literal.find()) {
            String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
            if (SCRIPT_WORDS.matcher(text).matches() && WORD.matcher(text).find() && !SCRIPT_CODE.contains(text)) {
                found.add(text);
            }
        }
        return found;
    }

    @Test
    void theCount_alsoReadsTableAndMessageAttributes_andTextsInsideExpressions_butNotAParametersCode() {
        assertThat(hardCoded("""
                <p:dataTable emptyMessage="Nothing yet." ariaLabel="Teams"><p:column headerText="Name"/></p:dataTable>
                <p:inputText required="true" requiredMessage="Give it a name." pt:data-label="Team name" pt:aria-label="#{msg['a.b']}"/>
                <h:outputText value="#{empty t.leaders() ? 'Nobody yet' : t.leaders()}" styleClass="#{x ? 'badge danger' : 'badge'}"/>
                <h:outputText value="#{r.status() eq 'OPEN' ? msg['page.x'] : words.with('page.y', 'Open')}"/>
                <span aria-label="#{msg['webhooks.link.of'].replace('{0}', t.name())}"/>
                <h:link outcome="/review/view"><f:param name="tab" value="story"/></h:link> <ui:param name="shown" value="actions"/>
                <ui:param name="heading" value="Your actions"/>
                """)).containsExactly("Nothing yet.", "Teams", "Name", "Give it a name.", "Team name", "Nobody yet", "Open", "Your actions");
    }

    /** The words people read that are written into the page rather than taken from a bundle. */
    static List<String> hardCoded(String page) {
        String markup = PARAMETER_CODE.matcher(SCRIPT.matcher(COMMENT.matcher(page).replaceAll("")).replaceAll("")).replaceAll("");
        List<String> found = new ArrayList<>();
        for (Pattern pattern : List.of(TEXT, READ_ATTRIBUTE)) {
            Matcher matcher = pattern.matcher(markup);
            while (matcher.find()) {
                String written = matcher.group(1);
                String text = EL.matcher(written).replaceAll("").strip();
                Matcher word = WORD.matcher(text);
                if (word.find() && !text.equals("Dimple")) {
                    found.add(text.replaceAll("\\s+", " "));
                }
                Matcher expression = EL.matcher(written);
                while (expression.find()) {
                    Matcher literal = EL_LITERAL.matcher(expression.group());
                    while (literal.find()) {
                        String words = literal.group(1) != null ? literal.group(1) : literal.group(2);
                        if (EL_WORDS.matcher(words).find() && !words.strip().equals("Dimple")) {
                            found.add(words.strip().replaceAll("\\s+", " "));
                        }
                    }
                }
            }
        }
        return found;
    }

    private static String left() throws IOException {
        try (InputStream in = PageWordsTest.class.getResourceAsStream("/dimple/web/page-words-left.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            StringBuilder lines = new StringBuilder();
            text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> lines.append(l).append('\n'));
            return lines.toString();
        }
    }
}
