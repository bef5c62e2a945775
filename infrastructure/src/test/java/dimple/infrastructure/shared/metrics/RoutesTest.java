package dimple.infrastructure.shared.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A request is counted under a route the application has, never under a path it was asked for. */
class RoutesTest {
    private final Routes routes = new Routes(Set.of("/report/view.xhtml", "/index.xhtml", "/health/ready", "/metrics"));

    @Test
    void theApisTemplate_wins() {
        assertThat(routes.of("/api", "/api/reports/{id}")).isEqualTo("/api/reports/{id}");
    }

    @Test
    void pagesAndEndpointsTheApplicationHas_areCountedByTheirPath() {
        assertThat(routes.of("/report/view.xhtml", null)).isEqualTo("/report/view.xhtml");
        assertThat(routes.of("/health/ready", null)).isEqualTo("/health/ready");
        assertThat(routes.of("", null)).isEqualTo("/");
        assertThat(routes.of("/", null)).isEqualTo("/");
    }

    @Test
    void madeUpPaths_fallIntoAFewFolds_soAScannerMakesNoNewSeries() {
        assertThat(routes.of("/report/0f8c2a9e-0000-4000-8000-000000000001.xhtml", null)).isEqualTo(Routes.OTHER);
        assertThat(routes.of("/wp-login.php", null)).isEqualTo(Routes.OTHER);
        assertThat(routes.of("/Report/View.xhtml", null)).isEqualTo(Routes.OTHER);
        assertThat(routes.of("/api", null)).as("the API refused or matched nothing").isEqualTo(Routes.API_UNMATCHED);
        assertThat(routes.of("/api/reports/x", null)).isEqualTo(Routes.API_UNMATCHED);
        assertThat(routes.of("/jakarta.faces.resource/primefaces.js.xhtml", null)).isEqualTo(Routes.FACES_RESOURCES);
        assertThat(routes.of("/resources/dimple.css", null)).isEqualTo(Routes.STATIC_RESOURCES);
    }

    @Test
    void methodsAndStatuses_areFromSmallFixedSets() {
        assertThat(Routes.method("GET")).isEqualTo("GET");
        assertThat(Routes.method("PROPFIND")).isEqualTo(Routes.OTHER);
        assertThat(Routes.method(null)).isEqualTo(Routes.OTHER);
        assertThat(Routes.statusClass(204)).isEqualTo("2xx");
        assertThat(Routes.statusClass(404)).isEqualTo("4xx");
        assertThat(Routes.statusClass(503)).isEqualTo("5xx");
        assertThat(Routes.statusClass(0)).isEqualTo(Routes.OTHER);
        assertThat(Routes.statusClass(999)).isEqualTo(Routes.OTHER);
    }
}
