package dimple.infrastructure.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds SQL that only some databases understand, where every database must understand it: in the
 * string literals of Java sources outside the vendor packages ({@code .../h2/...}, {@code .../postgresql/...})
 * and in migration files of the common folder. It knows the constructs Dimple has met or is likely
 * to meet (hints, upserts, row limits, date functions, vendor functions); standard SQL passes.
 */
final class VendorSql {
    /** A construct only some databases take, and which. */
    static final Map<String, Pattern> CONSTRUCTS = constructs();

    private static Map<String, Pattern> constructs() {
        Map<String, Pattern> c = new LinkedHashMap<>();
        c.put("index hint (H2, MySQL)", Pattern.compile("\\buse\\s+index\\b"));
        c.put("MERGE upsert (each vendor's own form)", Pattern.compile("\\bmerge\\s+into\\b"));
        c.put("ON CONFLICT upsert (PostgreSQL)", Pattern.compile("\\bon\\s+conflict\\b"));
        c.put("LIMIT (standard: FETCH FIRST n ROWS ONLY)", Pattern.compile("\\blimit\\s*(\\?|\\d|$)"));
        c.put("TOP (SQL Server)", Pattern.compile("\\bselect\\s+top\\s"));
        c.put("date part function (standard: EXTRACT)", Pattern.compile("\\b(year|month|day|hour|minute|second|dayofweek|dayofmonth|dayofyear)\\s*\\("));
        c.put("date function of some vendors", Pattern.compile(
                "\\b(date_trunc|dateadd|datediff|date_add|date_sub|to_char|to_date|formatdatetime|parsedatetime|now|sysdate|getdate)\\s*\\("));
        c.put("null function of some vendors (standard: COALESCE)", Pattern.compile("\\b(ifnull|nvl|isnull)\\s*\\("));
        c.put("string aggregate of some vendors", Pattern.compile("\\b(group_concat|string_agg|listagg)\\s*\\("));
        c.put("random or id function of some vendors", Pattern.compile("\\b(rand|random|random_uuid|gen_random_uuid|uuid)\\s*\\("));
        c.put("pattern match of some vendors", Pattern.compile("\\bilike\\b|\\bregexp_\\w*\\s*\\(|\\brlike\\b"));
        c.put("PostgreSQL cast", Pattern.compile("::\\s*[a-z]"));
        c.put("H2 command or function", Pattern.compile("\\b(csvwrite|csvread|system_range|varchar_ignorecase|runscript|shutdown|referential_integrity)\\b|\\bscript\\s+to\\b"));
        c.put("PostgreSQL set-returning function", Pattern.compile("\\bgenerate_series\\s*\\("));
        c.put("native function passed through JPQL", Pattern.compile("\\b(function|sql|operator)\\s*\\(\\s*'"));
        return c;
    }

    /**
     * The constructs each vendor does not take (or takes in another meaning), which its own package and
     * migration folder must therefore not hold: what is written for one vendor is never sent to another.
     */
    static final Map<DatabaseVendor, Set<String>> FOREIGN = Map.of(
            DatabaseVendor.H2, Set.of("ON CONFLICT upsert (PostgreSQL)", "PostgreSQL cast", "PostgreSQL set-returning function",
                    "TOP (SQL Server)"),
            DatabaseVendor.POSTGRESQL, Set.of("index hint (H2, MySQL)", "MERGE upsert (each vendor's own form)", "H2 command or function",
                    "TOP (SQL Server)", "date part function (standard: EXTRACT)", "null function of some vendors (standard: COALESCE)"));

    /** One place where a construct was found. */
    record Finding(String file, int line, String construct, String text) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + construct + ": " + text;
        }
    }

    private VendorSql() {
    }

    /** The folder names that make a package or migration folder a vendor's own. */
    static Set<String> vendorFolders() {
        return Arrays.stream(DatabaseVendor.values()).map(DatabaseVendor::key).collect(Collectors.toSet());
    }

    /** Vendor constructs in the string literals of the Java sources under {@code root}, outside the vendor packages. */
    static List<Finding> inJavaOutsideVendorPackages(Path root) {
        List<Finding> found = new ArrayList<>();
        for (Path file : files(root, ".java")) {
            if (inVendorFolder(root.relativize(file))) {
                continue;
            }
            String name = root.relativize(file).toString();
            literals(String.join("\n", read(file))).forEach(literal -> scan(name, literal.line(), literal.text(), found));
        }
        return found;
    }

    /** Constructs another vendor's, in the string literals of the Java sources under {@code root} in the vendor's own packages. */
    static List<Finding> foreignInJavaOfVendor(Path root, DatabaseVendor vendor) {
        List<Finding> found = new ArrayList<>();
        for (Path file : files(root, ".java")) {
            Path relative = root.relativize(file);
            if (!inFolder(relative, vendor.key())) {
                continue;
            }
            literals(String.join("\n", read(file))).forEach(literal -> scan(relative.toString(), literal.line(), literal.text(), found));
        }
        return found.stream().filter(f -> FOREIGN.get(vendor).contains(f.construct())).toList();
    }

    /** Constructs another vendor's, in the statements of the vendor's own migration folder under {@code migrations}. */
    static List<Finding> foreignInMigrationsOfVendor(Path migrations, DatabaseVendor vendor) {
        return inMigrations(migrations.resolve(vendor.key())).stream().filter(f -> FOREIGN.get(vendor).contains(f.construct())).toList();
    }

    private static boolean inFolder(Path relative, String folder) {
        for (Path part : relative) {
            if (part.toString().equals(folder)) {
                return true;
            }
        }
        return false;
    }

    /** A string literal of Java source and the line it starts on. */
    record Literal(int line, String text) {
    }

    /** The string literals (text blocks too) of Java source; comments and character literals are left out. */
    static List<Literal> literals(String source) {
        List<Literal> literals = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                line += count(source, i, end);
                i = end;
            } else if (c == '\'') {
                i = skipQuoted(source, i, '\'');
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? source.length() : end;
                literals.add(new Literal(line, source.substring(i + 3, end)));
                line += count(source, i, end);
                i = Math.min(source.length(), end + 3);
            } else if (c == '"') {
                int end = skipQuoted(source, i, '"');
                literals.add(new Literal(line, source.substring(i + 1, Math.max(i + 1, end - 1))));
                i = end;
            } else {
                i++;
            }
        }
        return literals;
    }

    /** The index after the quoted literal that starts at {@code start}. */
    private static int skipQuoted(String source, int start, char quote) {
        int i = start + 1;
        while (i < source.length() && source.charAt(i) != quote && source.charAt(i) != '\n') {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(source.length(), i + 1);
    }

    private static int count(String source, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            if (source.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /** Vendor constructs in the statements of the SQL files directly under {@code folder} (comments left out). */
    static List<Finding> inMigrations(Path folder) {
        List<Finding> found = new ArrayList<>();
        for (Path file : files(folder, ".sql")) {
            List<String> lines = read(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                int comment = line.indexOf("--");
                scan(folder.relativize(file).toString(), i + 1, comment < 0 ? line : line.substring(0, comment), found);
            }
        }
        return found;
    }

    private static void scan(String file, int line, String text, List<Finding> found) {
        String lower = text.toLowerCase(Locale.ROOT);
        CONSTRUCTS.forEach((construct, pattern) -> {
            if (pattern.matcher(lower).find()) {
                found.add(new Finding(file, line, construct, text.strip()));
            }
        });
    }

    private static boolean inVendorFolder(Path relative) {
        Set<String> vendors = vendorFolders();
        for (Path part : relative) {
            if (vendors.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
