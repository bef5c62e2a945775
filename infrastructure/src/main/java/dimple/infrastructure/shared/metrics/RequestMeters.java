package dimple.infrastructure.shared.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The timers of HTTP requests, {@code http_server_requests_seconds{method, route, status}} with the status as its
 * class. A request costs one map look-up: each timer is registered once and kept here. Buckets at a few latencies
 * that matter to a person waiting (25 ms to 10 s) let Prometheus tell quantiles without a histogram of dozens of
 * buckets per route.
 */
public final class RequestMeters {
    static final String NAME = "http.server.requests";
    private static final Duration[] BUCKETS = {Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private record Key(String route, String method, String status) {
    }

    private final MeterRegistry registry;
    private final Map<Key, Timer> timers = new ConcurrentHashMap<>();

    public RequestMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Records one request of {@code route} (already a template or a fold, see {@link Routes}). */
    public void record(String route, String method, int status, long nanos) {
        Key key = new Key(route, Routes.method(method), Routes.statusClass(status));
        Timer timer = timers.get(key);
        if (timer == null) {
            timer = timers.computeIfAbsent(key, this::register);
        }
        timer.record(nanos, TimeUnit.NANOSECONDS);
    }

    private Timer register(Key key) {
        return Timer.builder(NAME).description("HTTP requests by route template, method and status class")
                .tag("route", key.route()).tag("method", key.method()).tag("status", key.status())
                .serviceLevelObjectives(BUCKETS).register(registry);
    }
}
