package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dimple.web.shared.PagedTable;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.flow.FlowScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.primefaces.model.LazyDataModel;

/**
 * A session moves: another node of the cluster takes it over, or the container passivates it. Every bean
 * kept in the session (view, session, conversation and flow scoped; found by scanning web's classes, so a
 * new screen is covered without anyone remembering it) is set up and used as its page would use it, then
 * serialised and deserialised with its services re-bound (as Weld re-binds its proxies), and must then go on
 * working: the same state, every property readable, and every table able to fetch its next page. Used
 * before the move, every lazy table fetches the page it shows exactly once.
 *
 * <p>Like ArchitectureTest, each rule also runs against deliberately broken screens under
 * {@code dimple.archfixture.web}, and must catch them.
 */
class SessionFailoverTest {
    private static final List<Class<? extends Annotation>> KEPT_IN_THE_SESSION =
            List.of(ViewScoped.class, SessionScoped.class, ConversationScoped.class, FlowScoped.class);
    private static final Path PAGES = Path.of("src/main/webapp");
    /** Interfaces whose every implementation in use here is Serializable; what they hold is checked. */
    private static final Set<Class<?>> CONTAINERS = Set.of(List.class, Set.class, Map.class, Collection.class);

    // --- the rules, as functions of what they look at ---

    /** The beans kept in the session among the classes under {@code root}. */
    static List<Class<?>> keptInTheSession(String root, ImportOption... options) {
        return new ClassFileImporter().withImportOptions(List.of(options)).importPackages(root).stream()
                .filter(c -> KEPT_IN_THE_SESSION.stream().anyMatch(c::isAnnotatedWith))
                .filter(c -> !c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT))
                .map(JavaClass::reflect)
                .sorted(Comparator.comparing(Class::getName))
                .<Class<?>>map(c -> c)
                .toList();
    }

    /** What goes wrong with the bean when its session moves, in words; empty when nothing does. */
    static List<String> problemsAfterAMove(Class<?> type) {
        List<String> problems = new ArrayList<>(fieldsThatCannotBeSerialised(type));
        String name = type.getSimpleName();
        StandIns services = new StandIns();
        Object bean;
        try {
            bean = inUse(type, services);
        } catch (ReflectiveOperationException | RuntimeException e) {
            problems.add(name + " cannot be set up as its page would: " + cause(e));
            return problems;
        }

        Map<String, LazyDataModel<?>> tables = tables(bean, problems, "before the move");
        tables.forEach((property, table) -> {
            int before = services.calls().size();
            draw(table, 0);
            List<StandIns.Call> fetched = services.pageFetchesSince(before);
            if (fetched.size() != 1) {
                problems.add(name + "." + property + " fetched " + fetched.size() + " pages to show its first page " + fetched);
            }
        });
        readEveryProperty(bean, problems, "before the move");

        Object copy;
        try {
            copy = services.deserialise(services.serialise(bean));
        } catch (NotSerializableException e) {
            problems.add(name + " cannot be serialised: it holds a " + e.getMessage() + ", which is not Serializable");
            return problems;
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            problems.add(name + " cannot be serialised and read back: " + cause(e));
            return problems;
        }

        problems.addAll(differences(bean, copy));
        readEveryProperty(copy, problems, "after the move");
        tables(copy, problems, "after the move").forEach((property, table) -> {
            int before = services.calls().size();
            int rows = rows(table);
            try {
                draw(table, rows);
                List<StandIns.Call> fetched = services.pageFetchesSince(before);
                if (fetched.size() != 1 || fetched.get(0).page() != 1) {
                    problems.add(name + "." + property + " did not fetch its next page (and only that) after the move: " + fetched);
                }
            } catch (RuntimeException e) {
                problems.add(name + "." + property + " cannot show its next page after the move: " + cause(e));
            }
        });
        return problems;
    }

    /**
     * Fields declared with a type that cannot be serialised, looking into type arguments and record
     * components: {@code List<HintView>} needs a Serializable {@code HintView} even while the list is empty.
     */
    static List<String> fieldsThatCannotBeSerialised(Class<?> type) {
        List<String> problems = new ArrayList<>();
        for (Field field : fields(type)) {
            if (field.isAnnotationPresent(Inject.class) || Modifier.isTransient(field.getModifiers())) {
                continue;
            }
            Set<Class<?>> not = new TreeSet<>(Comparator.comparing(Class::getName));
            notSerializable(field.getGenericType(), new HashSet<>(), not);
            not.forEach(c -> problems.add(type.getSimpleName() + "." + field.getName() + " is declared to hold a " + c.getName()
                    + ", which is not Serializable"));
        }
        return problems;
    }

    private static void notSerializable(Type type, Set<Type> seen, Set<Class<?>> found) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof WildcardType wildcard) {
            Arrays.stream(wildcard.getUpperBounds()).forEach(t -> notSerializable(t, seen, found));
            return;
        }
        if (!(type instanceof Class<?>) && !(type instanceof ParameterizedType)) {
            return;
        }
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw.isPrimitive() || raw.isEnum()) {
            return;
        }
        if (!CONTAINERS.contains(raw) && !Serializable.class.isAssignableFrom(raw)) {
            found.add(raw);
            return;
        }
        if (type instanceof ParameterizedType p) {
            Arrays.stream(p.getActualTypeArguments()).forEach(t -> notSerializable(t, seen, found));
        }
        if (raw.isRecord()) {
            Arrays.stream(raw.getRecordComponents()).forEach(c -> notSerializable(c.getGenericType(), seen, found));
        }
        if (raw.isArray()) {
            notSerializable(raw.getComponentType(), seen, found);
        }
    }

    /**
     * Lazy tables drawn with other rows than their list fetches for its first drawing: such a table fetches
     * its first page twice (and a use case that audits its reads writes two lines for one page seen).
     */
    static List<String> tablesDrawnWithOtherRows(Path pages, List<Class<?>> beans) throws IOException {
        Map<String, Class<?>> byName = new HashMap<>();
        beans.forEach(b -> byName.put(beanName(b), b));
        List<String> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(pages)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList()) {
                sources.add(file + "\n" + Files.readString(file));
            }
        }
        Map<String, List<String>> aliases = new HashMap<>();
        Matcher param = Pattern.compile("<ui:param\\s+name=\"(\\w+)\"\\s+value=\"#\\{(\\w+)}\"").matcher(String.join("\n", sources));
        while (param.find()) {
            aliases.computeIfAbsent(param.group(1), k -> new ArrayList<>()).add(param.group(2));
        }
        List<String> problems = new ArrayList<>();
        Pattern table = Pattern.compile("<p:dataTable\\b[^>]*>", Pattern.DOTALL);
        for (String source : sources) {
            String file = source.substring(0, source.indexOf('\n'));
            Matcher tag = table.matcher(source);
            while (tag.find()) {
                String t = tag.group();
                Matcher value = Pattern.compile("value=\"#\\{(\\w+)\\.(\\w+)}\"").matcher(t);
                Matcher rows = Pattern.compile("rows=\"(\\d+)\"").matcher(t);
                if (!t.contains("lazy=\"true\"") || !value.find() || !rows.find()) {
                    continue;
                }
                List<String> names = aliases.getOrDefault(value.group(1), List.of(value.group(1)));
                for (String beanName : names) {
                    Class<?> type = byName.get(beanName);
                    if (type == null) {
                        problems.add(file + ": the lazy table " + beanName + "." + value.group(2) + " belongs to no bean kept in the session");
                        continue;
                    }
                    try {
                        Object bean = inUse(type, new StandIns());
                        Object list = getter(type, value.group(2)).invoke(bean);
                        int expected = Integer.parseInt(rows.group(1));
                        if (!(list instanceof PagedTable<?> paged) || paged.getPageSize() != expected) {
                            problems.add(file + ": " + beanName + "." + value.group(2) + " is drawn with " + expected + " rows but fetches "
                                    + (list instanceof LazyDataModel<?> m ? m.getPageSize() : "?") + " for its first page");
                        }
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        problems.add(file + ": " + beanName + "." + value.group(2) + " cannot be read: " + cause(e));
                    }
                }
            }
        }
        return problems;
    }

    // --- Dimple's screens follow them ---

    @Test
    void everyBeanKeptInTheSession_survivesAMoveToAnotherNode_andGoesOnWorking() {
        List<Class<?>> beans = keptInTheSession("dimple.web", ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
        assertThat(beans).as("the scan finds the screens").contains(dimple.web.learning.LessonBoard.class,
                dimple.web.coaching.HrCoachingRecords.class, dimple.web.review.MyActions.class, dimple.web.reporting.ReportForm.class);
        assertThat(beans).hasSizeGreaterThanOrEqualTo(31);

        List<String> tables = new ArrayList<>();
        for (Class<?> bean : beans) {
            tablesIn(bean).forEach(t -> tables.add(bean.getSimpleName() + "." + t));
        }
        assertThat(tables).as("the lazy tables the move checks (the team inbox, the lessons board and HR's coaching records in plain markup: PlainPagesTest, LessonBoardTest)")
                .hasSize(13).doesNotContain("LessonBoard.list", "HrCoachingRecords.records").contains("CoachingDesk.records",
                "CoachingDesk.assessments", "ReviewEditor.history", "MyActions.list", "MailFailures.list");

        List<String> problems = beans.stream().flatMap(b -> problemsAfterAMove(b).stream()).toList();

        assertThat(problems).isEmpty();
    }

    @Test
    void everyLazyTable_fetchesForItsFirstDrawingTheRowsItShows() throws IOException {
        List<Class<?>> beans = keptInTheSession("dimple.web", ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);

        assertThat(tablesDrawnWithOtherRows(PAGES, beans)).isEmpty();
    }

    // --- and every rule can fail: the broken fixtures are caught ---

    @Test
    void moveRule_catchesAScreenWhoseListForgetsHowToFetch_andCountsWithAFetchOfItsOwn() {
        assertThat(keptInTheSession("dimple.archfixture.web")).contains(dimple.archfixture.web.ForgetfulScreen.class);

        assertThat(problemsAfterAMove(dimple.archfixture.web.ForgetfulScreen.class))
                .anyMatch(p -> p.startsWith("ForgetfulScreen.list fetched 2 pages to show its first page"))
                .anyMatch(p -> p.startsWith("ForgetfulScreen.list cannot show its next page after the move: java.lang.NullPointerException"));
    }

    @Test
    void moveRule_catchesAScreenHoldingAViewThatIsNotSerializable_evenInAListThatIsStillEmpty() {
        assertThat(keptInTheSession("dimple.archfixture.web")).contains(dimple.archfixture.web.LeakyScreen.class);

        assertThat(problemsAfterAMove(dimple.archfixture.web.LeakyScreen.class)).containsExactly(
                "LeakyScreen.draft is declared to hold a dimple.archfixture.web.LeakyScreen$Draft, which is not Serializable",
                "LeakyScreen.earlier is declared to hold a dimple.archfixture.web.LeakyScreen$Draft, which is not Serializable",
                "LeakyScreen cannot be serialised: it holds a dimple.archfixture.web.LeakyScreen$Draft, which is not Serializable");
    }

    @Test
    void rowsRule_catchesAPageThatDrawsATableWithOtherRows() throws IOException {
        List<Class<?>> beans = keptInTheSession("dimple.web", ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);

        assertThat(tablesDrawnWithOtherRows(Path.of("src/test/resources/rows-fixture"), beans))
                .singleElement().asString().contains("myReports.list is drawn with 12 rows but fetches 20");
    }

    // --- using a bean as its page would ---

    /** A bean with its services, after its @PostConstruct and its view action ({@code load()}, if it has one). */
    private static Object inUse(Class<?> type, StandIns services) throws ReflectiveOperationException {
        Constructor<?> constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        Object bean = constructor.newInstance();
        for (Field field : fields(type)) {
            if (field.isAnnotationPresent(Inject.class)) {
                field.setAccessible(true);
                field.set(bean, services.of(field.getType()));
            }
        }
        List<Class<?>> topDown = new ArrayList<>(hierarchy(type));
        java.util.Collections.reverse(topDown);
        for (Class<?> c : topDown) {
            for (Method method : c.getDeclaredMethods()) {
                if (method.isAnnotationPresent(PostConstruct.class)) {
                    method.setAccessible(true);
                    call(method, bean);
                }
            }
        }
        Method load = Arrays.stream(type.getMethods()).filter(m -> m.getName().equals("load") && m.getParameterCount() == 0).findFirst().orElse(null);
        if (load != null) {
            call(load, bean);
        }
        return bean;
    }

    private static List<String> tablesIn(Class<?> type) {
        try {
            return List.copyOf(tables(inUse(type, new StandIns()), new ArrayList<>(), "").keySet());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Draws a table as PrimeFaces does: the count, then the page at {@code first}. */
    private static void draw(LazyDataModel<?> table, int first) {
        int rows = rows(table);
        table.setRowCount(table.count(Map.of()));
        List<?> shown = table.load(first, rows, Map.of(), Map.of());
        table.setPageSize(rows);
        table.setWrappedData(shown);
    }

    private static int rows(LazyDataModel<?> table) {
        return table.getPageSize() > 0 ? table.getPageSize() : 20;
    }

    private static Map<String, LazyDataModel<?>> tables(Object bean, List<String> problems, String when) {
        Map<String, LazyDataModel<?>> tables = new LinkedHashMap<>();
        for (Method getter : getters(bean.getClass())) {
            if (LazyDataModel.class.isAssignableFrom(getter.getReturnType())) {
                try {
                    LazyDataModel<?> table = (LazyDataModel<?>) call(getter, bean);
                    if (table == null) {
                        problems.add(bean.getClass().getSimpleName() + "." + property(getter) + " is null " + when);
                    } else {
                        tables.put(property(getter), table);
                    }
                } catch (ReflectiveOperationException | RuntimeException e) {
                    problems.add(bean.getClass().getSimpleName() + "." + getter.getName() + "() fails " + when + ": " + cause(e));
                }
            }
        }
        return tables;
    }

    private static void readEveryProperty(Object bean, List<String> problems, String when) {
        for (Method getter : getters(bean.getClass())) {
            try {
                call(getter, bean);
            } catch (ReflectiveOperationException | RuntimeException e) {
                problems.add(bean.getClass().getSimpleName() + "." + getter.getName() + "() fails " + when + ": " + cause(e));
            }
        }
    }

    /** The fields whose value is not the same after the move (injected services aside: the container re-binds them). */
    private static List<String> differences(Object before, Object after) {
        List<String> problems = new ArrayList<>();
        for (Field field : fields(before.getClass())) {
            if (field.isAnnotationPresent(Inject.class)) {
                continue;
            }
            field.setAccessible(true);
            try {
                Object was = field.get(before);
                Object is = field.get(after);
                if (was instanceof LazyDataModel<?> table && is instanceof LazyDataModel<?> copy) {
                    was = List.of(table.getRowCount(), table.getPageSize(), String.valueOf(table.getWrappedData()));
                    is = List.of(copy.getRowCount(), copy.getPageSize(), String.valueOf(copy.getWrappedData()));
                }
                if (was instanceof dimple.web.shared.PlainPages<?> pages && is instanceof dimple.web.shared.PlainPages<?> copy) {
                    // Its rows are fetched again on the other node (PlainPagesTest): the page it stands on must be the same.
                    was = pages.getPage();
                    is = copy.getPage();
                }
                if (!sameState(was, is)) {
                    problems.add(before.getClass().getSimpleName() + "." + field.getName() + " is not the same after the move: " + was + " became " + is);
                }
            } catch (IllegalAccessException e) {
                problems.add(before.getClass().getSimpleName() + "." + field.getName() + " cannot be read: " + e);
            }
        }
        return problems;
    }

    private static boolean sameState(Object was, Object is) {
        if (Objects.equals(was, is)) {
            return true;
        }
        if (was == null || is == null) {
            return false;
        }
        try {
            assertThat(is).usingRecursiveComparison().isEqualTo(was);
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }

    private static List<Method> getters(Class<?> type) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getDeclaringClass() != Object.class && !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0)
                .filter(m -> m.getReturnType() != void.class && (m.getName().startsWith("get") || m.getName().startsWith("is")))
                .sorted(Comparator.comparing(Method::getName))
                .toList();
    }

    private static Method getter(Class<?> type, String property) throws NoSuchMethodException {
        String capitalised = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        try {
            return type.getMethod("get" + capitalised);
        } catch (NoSuchMethodException e) {
            return type.getMethod("is" + capitalised);
        }
    }

    private static String property(Method getter) {
        String name = getter.getName().substring(getter.getName().startsWith("is") ? 2 : 3);
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static List<Field> fields(Class<?> type) {
        return hierarchy(type).stream().flatMap(c -> Arrays.stream(c.getDeclaredFields()))
                .filter(f -> !Modifier.isStatic(f.getModifiers()) && !f.isSynthetic())
                .toList();
    }

    private static List<Class<?>> hierarchy(Class<?> type) {
        List<Class<?>> classes = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            classes.add(c);
        }
        return classes;
    }

    private static String beanName(Class<?> type) {
        Named named = type.getAnnotation(Named.class);
        if (named != null && !named.value().isEmpty()) {
            return named.value();
        }
        return Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1);
    }

    private static Object call(Method method, Object target) throws ReflectiveOperationException {
        try {
            return method.invoke(target);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    private static String cause(Throwable e) {
        Throwable t = e;
        while (t instanceof InvocationTargetException && t.getCause() != null) {
            t = t.getCause();
        }
        StackTraceElement at = t.getStackTrace().length > 0 ? t.getStackTrace()[0] : null;
        return t + (at == null ? "" : " at " + at);
    }
}
