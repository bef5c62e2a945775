package dimple.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.domain.shared.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * What a person reads for a message code, in English, from the web module's {@code messages.properties}
 * (the same rules as {@code dimple.web.shared.Words}), so that use-case tests still say which words
 * people see.
 */
public final class English {
    private static final ResourceBundle BUNDLE = load();

    /** One problem as a person reads it beside the field. */
    public record Said(String field, String text) {
    }

    private English() {
    }

    public static String of(Message message) {
        String pattern = BUNDLE.getString(message.code());
        if (message.args().isEmpty()) {
            return pattern;
        }
        Object[] args = message.args().stream()
                .map(a -> a instanceof Message nested ? of(nested) : a instanceof Enum<?> e ? e.name() : String.valueOf(a)).toArray();
        return new MessageFormat(pattern, Locale.ENGLISH).format(args);
    }

    /** A check that a refusal (of any kind the doors know) tells the person exactly this. */
    public static Consumer<Throwable> says(String text) {
        return thrown -> assertThat(of(Refusal.of(thrown).orElseThrow().message())).isEqualTo(text);
    }

    public static List<Said> said(List<FieldProblem> problems) {
        return problems.stream().map(p -> new Said(p.field(), of(p.message()))).toList();
    }

    public static Said said(String field, String text) {
        return new Said(field, text);
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
