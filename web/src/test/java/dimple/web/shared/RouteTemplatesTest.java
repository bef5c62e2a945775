package dimple.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.infrastructure.shared.metrics.RequestMetricsFilter;
import dimple.web.reporting.ReportResource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.junit.jupiter.api.Test;

/** An API request is counted under its route template, never under its path with an id or a name in it. */
class RouteTemplatesTest {
    @Path("/things/")
    static class Things {
        @GET
        @Path("/{id: [0-9a-f-]{36}}/parts/{ part }/")
        public String part(@PathParam("id") String id, @PathParam("part") String part) {
            return id + part;
        }

        @GET
        public String all() {
            return "";
        }
    }

    @Test
    void theTemplate_isTheApisPathTheClassesAndTheMethods() throws NoSuchMethodException {
        assertThat(RouteTemplates.template(ReportResource.class, ReportResource.class.getMethod("find", String.class)))
                .isEqualTo("/api/reports/{id}");
        assertThat(RouteTemplates.template(ReportResource.class, ReportResource.class.getMethod("withdraw", String.class, String.class)))
                .isEqualTo("/api/reports/{id}/withdraw");
    }

    @Test
    void parameterPatternsAndStraySlashes_leaveNoTrace() throws NoSuchMethodException {
        assertThat(RouteTemplates.template(Things.class, Things.class.getMethod("part", String.class, String.class)))
                .isEqualTo("/api/things/{id}/parts/{part}");
        assertThat(RouteTemplates.template(Things.class, Things.class.getMethod("all"))).isEqualTo("/api/things");
    }

    @Test
    void theRequestAttribute_isTheOneTheRequestMetricsRead() {
        assertThat(RouteTemplates.ATTRIBUTE).isEqualTo(RequestMetricsFilter.ROUTE);
    }
}
