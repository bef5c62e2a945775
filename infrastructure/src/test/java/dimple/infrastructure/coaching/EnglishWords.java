package dimple.infrastructure.coaching;

import dimple.application.coaching.ExportWords;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The export's words in English, read from the web module's {@code messages.properties} by the rules of
 * {@code dimple.web.shared.Words} (a text without arguments as written, arguments as their text), so the
 * tests here show the file a person gets. A code the bundle lacks fails the test.
 */
final class EnglishWords {
    static final ExportWords EXPORT = EnglishWords::text;
    private static final ResourceBundle BUNDLE = load();

    private EnglishWords() {
    }

    private static String text(String code, Object... args) {
        String pattern = BUNDLE.getString(code);
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, Locale.ENGLISH).format(Arrays.stream(args).map(String::valueOf).toArray());
    }

    private static ResourceBundle load() {
        Path file = Path.of("..", "web", "src", "main", "resources", "dimple", "web", "messages.properties");
        try (InputStream in = Files.newInputStream(file)) {
            return new PropertyResourceBundle(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The tests read the English words from " + file.toAbsolutePath(), e);
        }
    }
}
