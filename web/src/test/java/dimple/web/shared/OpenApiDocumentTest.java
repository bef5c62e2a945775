package dimple.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document (WEB-INF/openapi.yaml) is valid, complete and cannot fall behind the code: the
 * parser finds nothing to say, every {@code $ref} resolves, every operation is named and documents the refusals
 * the server really answers (the filters' 403/413/415, the sign-in's 401/429, 404 for an id, 412 with If-Match),
 * every JAX-RS resource method has its operation with the same parameters and no operation is made up, and the
 * enumerations list what the domain has. {@code ContractIT} checks the live answers against it.
 */
class OpenApiDocumentTest {
    private static final java.nio.file.Path FILE = java.nio.file.Path.of("src/main/webapp/WEB-INF/openapi.yaml");
    private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    static String yaml;
    static SwaggerParseResult parsed;
    static OpenAPI api;

    @BeforeAll
    static void parse() throws IOException {
        yaml = Files.readString(FILE, StandardCharsets.UTF_8);
        parsed = parse(yaml);
        api = parsed.getOpenAPI();
    }

    /** The document as swagger-parser reads it, internal references left in place. */
    static SwaggerParseResult parse(String text) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setValidateInternalRefs(true);
        return new OpenAPIV3Parser().readContents(text, null, options);
    }

    @Test
    void theValidator_findsNothingToSay() {
        assertThat(api).as("parsed").isNotNull();
        assertThat(parsed.getMessages()).as("messages of swagger-parser").isEmpty();
        assertThat(api.getOpenapi()).isEqualTo("3.1.0");
    }

    @Test
    void everyReference_pointsAtSomethingInTheDocument() throws IOException {
        JsonNode tree = new ObjectMapper().readTree(OpenApiDocument.toJson(yaml));
        List<String> refs = new ArrayList<>();
        collectRefs(tree, refs);
        assertThat(refs).hasSizeGreaterThan(100);
        for (String ref : refs) {
            assertThat(ref).as("only references inside the document").startsWith("#/");
            assertThat(tree.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("$ref") && field.getValue().isTextual()) {
                    refs.add(field.getValue().asText());
                } else {
                    collectRefs(field.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(item -> collectRefs(item, refs));
        }
    }

    @Test
    void theJsonForm_saysTheSameAsTheYaml() throws IOException {
        ObjectMapper mapper = io.swagger.v3.core.util.Json.mapper();
        JsonNode fromYaml = io.swagger.v3.core.util.Yaml.mapper().readTree(yaml);
        JsonNode fromJson = mapper.readTree(OpenApiDocument.toJson(yaml));
        assertThat(fromJson).isEqualTo(fromYaml);
        assertThat(OpenApiServlet.wantsJson("application/json")).isTrue();
        assertThat(OpenApiServlet.wantsJson("text/html,application/xhtml+xml,*/*;q=0.8")).isFalse();
        assertThat(OpenApiServlet.wantsJson("application/yaml, application/json;q=0.5")).isFalse();
        assertThat(OpenApiServlet.wantsJson(null)).isFalse();
    }

    @Test
    void aValueJsonHasNoPlaceFor_isRefusedRatherThanChanged() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OpenApiDocument.toJson("example: 2026-11-23"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(OpenApiDocument.toJson("example: '2026-11-23'")).isEqualTo("{\"example\":\"2026-11-23\"}");
    }

    @Test
    void everyOperation_hasAUniqueCamelCaseOperationId() {
        Map<String, String> ids = new HashMap<>();
        operations().forEach((key, op) -> {
            assertThat(op.getOperationId()).as(key).isNotNull().matches("[a-z][a-zA-Z0-9]*");
            assertThat(ids.put(op.getOperationId(), key)).as("operationId " + op.getOperationId() + " of " + key).isNull();
        });
    }

    @Test
    void everyOperation_documentsTheRefusalsTheServerAnswers() {
        List<String> missing = new ArrayList<>();
        operations().forEach((key, op) -> {
            String method = key.split(" ")[0];
            String path = key.split(" ")[1];
            Set<String> codes = op.getResponses().keySet();
            List<Parameter> parameters = parameters(path, op);
            boolean secured = op.getSecurity() == null || !op.getSecurity().isEmpty();
            List<String> expected = new ArrayList<>();
            if (secured) {
                expected.addAll(List.of("401", "429"));
            }
            if (path.contains("{")) {
                expected.add("404");
            }
            if (op.getRequestBody() != null || parameters.stream().anyMatch(p -> "query".equals(p.getIn()))) {
                expected.add("400");
            }
            if (path.startsWith("/api/") && CHANGING.contains(method)) {
                expected.addAll(List.of("403", "413", "415"));
            }
            if (parameters.stream().anyMatch(p -> "header".equals(p.getIn()) && "If-Match".equals(p.getName()))) {
                expected.add("412");
            }
            expected.stream().filter(code -> !codes.contains(code)).forEach(code -> missing.add(key + " " + code));
            op.getResponses().forEach((code, response) -> {
                if (code.startsWith("4")) {
                    assertThat(content(response)).as(key + " " + code).containsOnlyKeys("application/problem+json");
                }
                if (code.startsWith("2") && !code.equals("204") && !code.equals("202")) {
                    assertThat(content(response)).as(key + " " + code + " has a body").isNotEmpty();
                }
                content(response).forEach((type, media) -> {
                    assertThat(media.getSchema()).as(key + " " + code + " " + type + " schema").isNotNull();
                    if (type.endsWith("json")) {
                        assertDescribed(media.getSchema(), key + " " + code);
                    }
                });
            });
        });
        assertThat(missing).as("status codes the server answers but the document does not name").isEmpty();
    }

    /** An object in an answer names its fields: a bare {@code type: object} would let any answer pass. */
    private static void assertDescribed(Schema<?> schema, String where) {
        if (schema.get$ref() != null) {
            return;
        }
        if (schema.getItems() != null) {
            assertDescribed(schema.getItems(), where + "[]");
        }
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> assertDescribed(property, where + "." + name));
        }
        if (isObject(schema)) {
            assertThat(schema.getProperties() != null || schema.getAdditionalProperties() != null)
                    .as(where + " is an object that names no fields").isTrue();
        }
    }

    @Test
    void everySchemaOfAnAnswer_namesItsFields() {
        api.getComponents().getSchemas().forEach((name, schema) -> assertDescribed(schema, name));
    }

    private static boolean isObject(Schema<?> schema) {
        return "object".equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains("object"));
    }

    @Test
    void everyResourceMethod_hasItsOperation_andTheDocumentMakesNoneUp() {
        Map<String, Method> code = resourceMethods();
        Map<String, Operation> documented = new TreeMap<>();
        operations().forEach((key, op) -> {
            if (key.contains(" /api/")) {
                documented.put(key, op);
            }
        });
        assertThat(code).hasSizeGreaterThan(60);
        assertThat(new TreeSet<>(documented.keySet())).as("operations in openapi.yaml").isEqualTo(new TreeSet<>(code.keySet()));
        List<String> differences = new ArrayList<>();
        code.forEach((key, method) -> {
            List<Parameter> parameters = parameters(key.split(" ")[1], documented.get(key));
            Set<String> ifMatch = annotated(method, HeaderParam.class).stream().filter("If-Match"::equals).collect(Collectors.toSet());
            Map<String, List<Set<String>>> compared = Map.of(
                    "query", List.of(names(parameters, "query"), annotated(method, QueryParam.class)),
                    "path", List.of(names(parameters, "path"), annotated(method, PathParam.class)),
                    "If-Match", List.of(names(parameters, "header").stream().filter("If-Match"::equals).collect(Collectors.toSet()), ifMatch));
            compared.forEach((in, pair) -> {
                if (!pair.get(0).equals(pair.get(1))) {
                    differences.add(key + " " + in + ": document " + pair.get(0) + ", code " + pair.get(1));
                }
            });
        });
        assertThat(differences).as("parameters the document and the code disagree on").isEmpty();
    }

    @Test
    void theEnumerations_listWhatTheDomainHas() throws ClassNotFoundException {
        Map<String, String> named = Map.ofEntries(
                Map.entry("ReportKind", "reporting.ReportKind"), Map.entry("CustomerImpact", "reporting.CustomerImpact"),
                Map.entry("ReporterMode", "reporting.ReporterMode"), Map.entry("ReportStatus", "reporting.ReportStatus"),
                Map.entry("RuleDecision", "reporting.RuleDecision"),
                Map.entry("ReviewStatus", "review.ReviewStatus"), Map.entry("TimelineKind", "review.TimelineKind"),
                Map.entry("FactorCategory", "review.FactorCategory"), Map.entry("ActionType", "review.ActionType"),
                Map.entry("ActionPriority", "review.ActionPriority"), Map.entry("ActionStatus", "review.ActionStatus"),
                Map.entry("Role", "identity.Role"), Map.entry("NotificationKind", "learning.NotificationKind"),
                Map.entry("LessonStatus", "learning.LessonStatus"), Map.entry("EndorsementKind", "learning.EndorsementKind"),
                Map.entry("RecoveryStep", "recovery.RecoveryStep"), Map.entry("RecoveryStatus", "recovery.RecoveryStatus"),
                Map.entry("RemedyType", "recovery.RemedyType"), Map.entry("ContactChannel", "recovery.ContactChannel"),
                Map.entry("RecoveryOutcome", "recovery.RecoveryOutcome"),
                Map.entry("CoachingStatus", "coaching.CoachingStatus"), Map.entry("Behaviour", "coaching.Behaviour"),
                Map.entry("JustCultureResponse", "coaching.Response"), Map.entry("EmployeeResponse", "coaching.EmployeeResponse"));
        for (Map.Entry<String, String> entry : named.entrySet()) {
            Schema<?> schema = api.getComponents().getSchemas().get(entry.getKey());
            assertThat(schema).as(entry.getKey()).isNotNull();
            Object[] constants = Class.forName("dimple.domain." + entry.getValue()).getEnumConstants();
            Set<String> domain = Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).collect(Collectors.toCollection(TreeSet::new));
            Set<String> documented = schema.getEnum().stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new));
            assertThat(documented).as(entry.getKey()).isEqualTo(domain);
        }
    }

    /**
     * Each view the API writes (a record, its components its JSON fields) names the same fields as its schema, in
     * both directions: a field that is null in every answer {@code ContractIT} sees is still caught here. A schema is
     * named as a component, or as a component and the fields down to it ({@code ReportPage.items}: the items of the list).
     */
    @Test
    void theViewsTheApiWrites_andTheirSchemas_nameTheSameFields() throws ClassNotFoundException {
        Map<String, String> views = new TreeMap<>(Map.ofEntries(
                Map.entry("Report", "reporting.ReportView"), Map.entry("Recovery", "reporting.RecoveryView"),
                Map.entry("ReportPage.items", "reporting.ReportSummary"), Map.entry("Question", "reporting.QuestionView"),
                Map.entry("BentRuleEntry", "reporting.BentRuleEntry"), Map.entry("Hint", "reporting.HintView"),
                Map.entry("Review", "review.ReviewView"), Map.entry("ReviewPage.items", "review.ReviewSummary"),
                Map.entry("Action", "review.ActionView"), Map.entry("HistoryPage.items", "review.HistoryEntryView"),
                Map.entry("TimelineEntry", "review.TimelineEntryView"), Map.entry("Factor", "review.FactorView"),
                Map.entry("Account", "identity.AccountView"), Map.entry("Me", "identity.MeView"), Map.entry("Team", "identity.TeamView"),
                Map.entry("Session", "identity.SessionView"), Map.entry("SignInDelay", "identity.SignInDelayView"),
                Map.entry("PasswordReset", "identity.ResetPassword"), Map.entry("MailSettings", "identity.MailSettingsView"),
                Map.entry("TeamWebhook", "identity.TeamWebhookView"), Map.entry("Settings", "identity.OrganisationSettingsView"),
                Map.entry("AuditPage.items", "audit.AuditView"), Map.entry("OutboxHealth", "shared.OutboxHealth"),
                Map.entry("Assessment", "coaching.AssessmentView"), Map.entry("CoachingRecord", "coaching.CoachingRecordView"),
                Map.entry("CoachingRecordPage.items", "coaching.CoachingRecordSummary"),
                Map.entry("Lesson", "learning.LessonView"), Map.entry("LessonCard", "learning.LessonCard"),
                Map.entry("Scenario", "learning.ScenarioView"), Map.entry("Practice", "learning.ScenarioView$Practice"),
                Map.entry("Insights", "learning.InsightsView")));
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, String> view : views.entrySet()) {
            Set<String> fields = Arrays.stream(Class.forName("dimple.application." + view.getValue()).getRecordComponents())
                    .map(java.lang.reflect.RecordComponent::getName).collect(Collectors.toCollection(TreeSet::new));
            Set<String> documented = new TreeSet<>(schemaAt(view.getKey()).getProperties().keySet());
            if (!fields.equals(documented)) {
                Set<String> undocumented = new TreeSet<>(fields);
                undocumented.removeAll(documented);
                Set<String> neverWritten = new TreeSet<>(documented);
                neverWritten.removeAll(fields);
                differences.add(view.getKey() + ": not in the document " + undocumented + ", never written " + neverWritten);
            }
        }
        assertThat(differences).isEmpty();
    }

    private static Schema<?> schemaAt(String place) {
        String[] steps = place.split("\\.");
        Schema<?> schema = api.getComponents().getSchemas().get(steps[0]);
        for (int i = 1; i < steps.length; i++) {
            schema = (Schema<?>) schema.getProperties().get(steps[i]);
            while (schema.getItems() != null) {
                schema = schema.getItems();
            }
        }
        while (schema.get$ref() != null) {
            schema = api.getComponents().getSchemas().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
        }
        return schema;
    }

    /** Every operation of the document as "METHOD /path". */
    static Map<String, Operation> operations() {
        Map<String, Operation> all = new TreeMap<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, op) -> all.put(method.name() + " " + path, op)));
        return all;
    }

    /** The operation's parameters with those of its path, references resolved. */
    static List<Parameter> parameters(String path, Operation op) {
        PathItem item = api.getPaths().get(path);
        List<Parameter> all = new ArrayList<>();
        if (item.getParameters() != null) {
            all.addAll(item.getParameters());
        }
        if (op.getParameters() != null) {
            all.addAll(op.getParameters());
        }
        return all.stream().map(OpenApiDocumentTest::resolve).toList();
    }

    private static Parameter resolve(Parameter parameter) {
        if (parameter.get$ref() == null) {
            return parameter;
        }
        String name = parameter.get$ref().substring(parameter.get$ref().lastIndexOf('/') + 1);
        return api.getComponents().getParameters().get(name);
    }

    private static Map<String, MediaType> content(ApiResponse response) {
        if (response.get$ref() != null) {
            String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
            response = api.getComponents().getResponses().get(name);
        }
        return response.getContent() == null ? Map.of() : response.getContent();
    }

    private static Set<String> names(List<Parameter> parameters, String in) {
        return parameters.stream().filter(p -> in.equals(p.getIn())).map(Parameter::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> annotated(Method method, Class<? extends Annotation> type) {
        Set<String> names = new TreeSet<>();
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            for (Annotation annotation : annotations) {
                if (type.isInstance(annotation)) {
                    names.add(annotation instanceof QueryParam q ? q.value()
                            : annotation instanceof PathParam p ? p.value() : ((HeaderParam) annotation).value());
                }
            }
        }
        return names;
    }

    /** Every JAX-RS resource method of the web module as "METHOD /api/path". */
    static Map<String, Method> resourceMethods() {
        Map<String, Method> methods = new TreeMap<>();
        for (JavaClass javaClass : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dimple.web")) {
            if (!javaClass.isAnnotatedWith(Path.class)) {
                continue;
            }
            Class<?> type = javaClass.reflect();
            String base = type.getAnnotation(Path.class).value();
            for (Method method : type.getDeclaredMethods()) {
                String verb = Arrays.stream(method.getAnnotations()).map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                        .filter(java.util.Objects::nonNull).map(HttpMethod::value).findFirst().orElse(null);
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = join("api", base, sub == null ? "" : sub.value());
                assertThat(methods.put(verb.toUpperCase(Locale.ROOT) + " " + path, method)).as(path).isNull();
            }
        }
        return methods;
    }

    private static String join(String... parts) {
        return "/" + Arrays.stream(parts).flatMap(p -> Arrays.stream(p.split("/"))).filter(s -> !s.isEmpty())
                .collect(Collectors.joining("/"));
    }
}
