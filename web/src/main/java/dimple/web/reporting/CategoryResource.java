package dimple.web.reporting;

import dimple.application.reporting.CategoriesView;
import dimple.application.reporting.CategoryService;
import dimple.application.reporting.CategoryView;
import dimple.web.shared.Words;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * {@code GET /api/categories} for everyone signed in (docs/adr/0051; the administrators' twin is
 * {@link CategoryAdminResource}). Each kind and impact level is
 * {@code {key, name, description, needsRecoveryCase, names:{en,de}, descriptions:{en,de}}}: {@code name} and
 * {@code description} in the caller's language (the bundle's words where the administrator wrote none), {@code names}
 * and {@code descriptions} only what the administrator wrote.
 */
@Path("categories")
@Produces(MediaType.APPLICATION_JSON)
public class CategoryResource {
    @Inject
    CategoryService categories;

    @Context
    HttpServletRequest request;

    @GET
    public JsonObject read() {
        return json(categories.definitions(), Words.of(request));
    }

    static JsonObject json(CategoriesView view, Locale locale) {
        return Json.createObjectBuilder()
                .add("kinds", list(view.kinds(), (key, language) -> CategoryWords.kind(view, key, language, "label.report.kinds."), locale))
                .add("impacts", list(view.impacts(), (key, language) -> CategoryWords.impact(view, key, language), locale))
                .build();
    }

    private static JsonArrayBuilder list(List<CategoryView> categories, BiFunction<String, Locale, String> name, Locale locale) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (CategoryView c : categories) {
            JsonObjectBuilder one = Json.createObjectBuilder().add("key", c.key()).add("name", name.apply(c.key(), locale));
            String description = c.descriptions().get(locale.getLanguage());
            one = description == null ? one.addNull("description") : one.add("description", description);
            list.add(one.add("needsRecoveryCase", c.needsRecoveryCase()).add("names", byLanguage(c.names())).add("descriptions", byLanguage(c.descriptions())));
        }
        return list;
    }

    private static JsonObjectBuilder byLanguage(Map<String, String> words) {
        JsonObjectBuilder out = Json.createObjectBuilder();
        words.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.add(e.getKey(), e.getValue()));
        return out;
    }
}
