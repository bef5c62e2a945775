package dimple.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * German is complete (ADR 45): every English key has German words, with the same placeholders, and no German
 * value is still the English one, except for the few words both languages share.
 */
class GermanWordsTest {
    /** Words that are the same in English and German; a value made only of these (and placeholders) may stay. */
    static final Set<String> SAME_IN_BOTH = Set.of("Dimple", "CSV", "Coach", "Format", "Situation", "Status", "Team", "Chat",
            "Review", "Webhook", "Slack", "Microsoft", "Teams", "English", "Deutsch", "Reviews", "Coaching", "PDF", "Excel", "XLSX");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*}");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    @Test
    void everyEnglishKey_hasGermanWords_withTheSamePlaceholders_andNoneIsLeftInEnglish() throws IOException {
        assertThat(problems(bundle("messages.properties"), bundle("messages_de.properties"))).isEmpty();
    }

    /**
     * A doubled apostrophe is MessageFormat's way to write one, and only words with a placeholder go through
     * MessageFormat: in words without one it shows doubled ("the customer''s reference" on the retention page).
     */
    @Test
    void wordsWithoutAPlaceholder_writeAnApostropheOnce() throws IOException {
        for (String file : List.of("messages.properties", "messages_de.properties")) {
            assertThat(doubledApostrophes(bundle(file))).as(file).isEmpty();
        }
        assertThat(doubledApostrophes(text("a=the customer''s reference\nb=the organisation''s ({0})\nc=it's fine")))
                .as("the check can fail, and leaves words with a placeholder alone").containsExactly("a");
    }

    private static List<String> doubledApostrophes(Properties words) {
        return words.stringPropertyNames().stream().sorted()
                .filter(k -> !PLACEHOLDER.matcher(words.getProperty(k)).find() && words.getProperty(k).contains("''")).toList();
    }

    @Test
    void noKeyIsGivenTwice_forTheLaterWouldSilentlyReplaceTheEarlier() throws IOException {
        for (String file : List.of("messages.properties", "messages_de.properties")) {
            try (InputStream in = GermanWordsTest.class.getResourceAsStream("/dimple/web/" + file)) {
                Set<String> seen = new java.util.HashSet<>();
                List<String> twice = new ArrayList<>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    int equals = line.indexOf('=');
                    if (!line.isBlank() && !line.startsWith("#") && equals > 0 && !seen.add(line.substring(0, equals).strip())) {
                        twice.add(line.substring(0, equals).strip());
                    }
                }
                assertThat(twice).as(file).isEmpty();
            }
        }
    }

    @Test
    void theCheck_findsAMissingKey_aLostPlaceholder_anEnglishValue_aSwallowingQuote_andAnUnknownKey() throws IOException {
        Properties english = text("""
                a=Title is required.
                b={0} is empty.
                c=Save
                d=Team: {0}
                e={0} has at most {1} characters.
                f=Your report {0} was triaged.
                """);
        Properties german = text("""
                b=ist leer.
                c=Save
                d=Team: {0}
                e={0} hat höchstens {1} Zeichen.
                f=Die Meldung '{0}' wurde gesichtet.
                g=Übrig
                """);
        assertThat(problems(english, german)).containsExactly(
                "a: missing in German",
                "b: placeholders [{0}] in English, [] in German",
                "c: still English: Save",
                "f: a placeholder is swallowed by a quote: Die Meldung {0} wurde gesichtet.",
                "g: only in German");
    }

    /** What is wrong with the German words, one line each; empty when nothing is. */
    static List<String> problems(Properties english, Properties german) {
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            String en = english.getProperty(key);
            String de = german.getProperty(key);
            if (de == null) {
                problems.add(key + ": missing in German");
                continue;
            }
            List<String> enPlaceholders = placeholders(en);
            List<String> dePlaceholders = placeholders(de);
            if (!enPlaceholders.equals(dePlaceholders)) {
                problems.add(key + ": placeholders " + enPlaceholders + " in English, " + dePlaceholders + " in German");
                continue;
            }
            if (de.equals(en) && !sameInBoth(en)) {
                problems.add(key + ": still English: " + en);
                continue;
            }
            if (!enPlaceholders.isEmpty()) {
                Object[] args = new Object[enPlaceholders.size() + 10];
                for (int i = 0; i < args.length; i++) {
                    args[i] = "\u0001" + i + "\u0002";
                }
                String shown = new MessageFormat(de, Locale.GERMAN).format(args);
                for (String placeholder : dePlaceholders) {
                    String index = placeholder.substring(1).split("[,}]")[0];
                    if (!shown.contains("\u0001" + index + "\u0002")) {
                        problems.add(key + ": a placeholder is swallowed by a quote: " + shown);
                        break;
                    }
                }
            }
        }
        for (String key : new TreeSet<>(german.stringPropertyNames())) {
            if (english.getProperty(key) == null) {
                problems.add(key + ": only in German");
            }
        }
        return problems;
    }

    private static boolean sameInBoth(String value) {
        Matcher words = WORD.matcher(PLACEHOLDER.matcher(value).replaceAll(" "));
        while (words.find()) {
            if (!SAME_IN_BOTH.contains(words.group())) {
                return false;
            }
        }
        return true;
    }

    private static List<String> placeholders(String value) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(value);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        found.sort(null);
        return found;
    }

    private static Properties bundle(String file) throws IOException {
        try (InputStream in = GermanWordsTest.class.getResourceAsStream("/dimple/web/" + file)) {
            assertThat(in).as(file).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    private static Properties text(String lines) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(lines));
        return properties;
    }
}
