package dimple.infrastructure.shared.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Tags;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What a Prometheus scrape reads: names in its conventions, units in the names, the JVM's meters included. */
class MetersTest {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    @Test
    void requests_areCountedAndTimedByRouteMethodAndStatusClass() {
        RequestMeters requests = new RequestMeters(registry);

        requests.record("/api/reports/{id}", "GET", 200, TimeUnit.MILLISECONDS.toNanos(30));
        requests.record("/api/reports/{id}", "GET", 204, TimeUnit.MILLISECONDS.toNanos(70));
        requests.record("/api/reports/{id}", "GET", 404, TimeUnit.MILLISECONDS.toNanos(5));

        String scrape = registry.scrape();
        assertThat(scrape).contains("http_server_requests_seconds_count{method=\"GET\",route=\"/api/reports/{id}\",status=\"2xx\"} 2")
                .contains("http_server_requests_seconds_count{method=\"GET\",route=\"/api/reports/{id}\",status=\"4xx\"} 1")
                .contains("http_server_requests_seconds_bucket{method=\"GET\",route=\"/api/reports/{id}\",status=\"2xx\",le=\"0.05\"} 1")
                .contains("http_server_requests_seconds_bucket{method=\"GET\",route=\"/api/reports/{id}\",status=\"2xx\",le=\"0.1\"} 2");
    }

    @Test
    void timedWork_saysWhetherItWorked_andStillFailsAsItDid() {
        Meters.timed(registry, "dimple.exports", "Exports", Tags.of("kind", "coaching", "format", "csv"), e -> "failed", () -> 12L);
        assertThatThrownBy(() -> Meters.timed(registry, "dimple.exports", "Exports", Tags.of("kind", "coaching", "format", "csv"),
                e -> e instanceof IllegalStateException ? "interrupted" : "failed", () -> {
                    throw new IllegalStateException("the download was abandoned");
                })).isInstanceOf(IllegalStateException.class);

        String scrape = registry.scrape();
        assertThat(scrape).contains("dimple_exports_seconds_count{format=\"csv\",kind=\"coaching\",outcome=\"ok\"} 1")
                .contains("dimple_exports_seconds_count{format=\"csv\",kind=\"coaching\",outcome=\"interrupted\"} 1");
    }

    @Test
    void theApplicationsRegistry_carriesTheJvmsMeters() {
        String scrape = Meters.prometheus().scrape();

        assertThat(scrape).contains("jvm_memory_used_bytes").contains("jvm_threads_live_threads").contains("jvm_gc_")
                .contains("process_uptime_seconds").contains("system_cpu_count");
    }
}
