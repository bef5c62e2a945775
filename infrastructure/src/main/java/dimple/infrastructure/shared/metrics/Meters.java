package dimple.infrastructure.shared.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The application's one registry of meters, kept for Prometheus, with the JVM's own meters (memory, garbage
 * collection, threads, classes, processor, open files, uptime) bound once. Static, because the pieces that count
 * are made by Shiro, the servlet container and the scheduler as well as by CDI; one per deployment (class loader).
 */
public final class Meters {
    private static final Logger LOG = Logger.getLogger(Meters.class.getName());
    private static final PrometheusMeterRegistry REGISTRY = withJvmMeters(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    private static volatile JvmGcMetrics garbageCollection;

    private Meters() {
    }

    /** The registry every meter of Dimple is registered with. */
    public static MeterRegistry registry() {
        return REGISTRY;
    }

    static PrometheusMeterRegistry prometheus() {
        return REGISTRY;
    }

    /**
     * Runs {@code work} and records how long it took in the timer {@code name} with {@code tags} and an {@code outcome}
     * tag: {@code ok}, or what {@code failure} calls the exception it threw (a word from a small fixed set).
     */
    public static <T> T timed(MeterRegistry registry, String name, String description, Tags tags, Function<RuntimeException, String> failure,
            Supplier<T> work) {
        long start = System.nanoTime();
        String outcome = "failed";
        try {
            T result = work.get();
            outcome = "ok";
            return result;
        } catch (RuntimeException e) {
            outcome = failure.apply(e);
            throw e;
        } finally {
            Timer.builder(name).description(description).tags(tags).tag("outcome", outcome).register(registry)
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    /** Stops listening to the garbage collector's notifications (at undeployment). */
    static void close() {
        JvmGcMetrics gc = garbageCollection;
        if (gc != null) {
            gc.close();
        }
    }

    private static PrometheusMeterRegistry withJvmMeters(PrometheusMeterRegistry registry) {
        try {
            new ClassLoaderMetrics().bindTo(registry);
            new JvmMemoryMetrics().bindTo(registry);
            JvmGcMetrics gc = new JvmGcMetrics();
            gc.bindTo(registry);
            garbageCollection = gc;
            new JvmThreadMetrics().bindTo(registry);
            new ProcessorMetrics().bindTo(registry);
            new FileDescriptorMetrics().bindTo(registry);
            new UptimeMetrics().bindTo(registry);
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "The JVM's meters could not all be bound; /metrics goes on without them", e);
        }
        return registry;
    }
}
