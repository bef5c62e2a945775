package dimple.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The string literals of Java source files, as written (escapes left as they are), with file and line. */
public final class SourceLiterals {
    public record Literal(Path file, int line, String text) {
        @Override
        public String toString() {
            return file + ":" + line + ": \"" + text + "\"";
        }
    }

    private SourceLiterals() {
    }

    public static List<Literal> under(Path... roots) {
        List<Literal> all = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(f -> all.addAll(of(f)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    public static List<Literal> of(Path file) {
        String src;
        try {
            src = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Literal> found = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (src.startsWith("//", i)) {
                int end = src.indexOf('\n', i);
                i = end < 0 ? src.length() : end;
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                line += count(src, i, end);
                i = end + 2;
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                found.add(new Literal(file, line, src.substring(i + 3, end)));
                line += count(src, i, end);
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (src.charAt(j) != c) {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    found.add(new Literal(file, line, src.substring(i + 1, j)));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return found;
    }

    private static int count(String src, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (src.charAt(k) == '\n') {
                n++;
            }
        }
        return n;
    }
}
