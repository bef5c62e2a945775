package dimple.web.reporting;

import dimple.application.reporting.CategoryService;
import dimple.application.reporting.DefineCategories;
import dimple.application.reporting.DescribeCategory;
import dimple.web.shared.JsonBody;
import dimple.web.shared.Words;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET/PUT /api/admin/categories} for administrators ({@code category:define}), the twin of
 * {@code /admin/categories.xhtml} (docs/adr/0051); answers in the shape of {@link CategoryResource}. A problem is named
 * by its place: {@code kinds.NEAR_MISS.names.de}.
 */
@Path("admin/categories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CategoryAdminResource {
    @Inject
    CategoryService categories;

    @Context
    HttpServletRequest request;

    @GET
    public JsonObject toDefine() {
        return CategoryResource.json(categories.toDefine(), Words.of(request));
    }

    /** {@code {kinds:[{key, needsRecoveryCase?, names?, descriptions?}], impacts:[...]}}: the kinds and levels listed get these words. */
    @PUT
    public JsonObject define(JsonObject json) {
        JsonBody body = JsonBody.of(json);
        List<DescribeCategory> kinds = described(body.objects("kinds"));
        List<DescribeCategory> impacts = described(body.objects("impacts"));
        body.orRefuse();
        return CategoryResource.json(categories.define(new DefineCategories(kinds, impacts)), Words.of(request));
    }

    private static List<DescribeCategory> described(List<JsonBody> items) {
        return items == null ? List.of() : items.stream().map(item -> new DescribeCategory(item.string("key"), item.bool("needsRecoveryCase"),
                words(item.object("names")), words(item.object("descriptions")))).toList();
    }

    private static Map<String, String> words(JsonBody byLanguage) {
        Map<String, String> words = new HashMap<>();
        if (byLanguage != null) {
            byLanguage.keys().forEach(language -> words.put(language, byLanguage.string(language)));
        }
        return words;
    }
}
