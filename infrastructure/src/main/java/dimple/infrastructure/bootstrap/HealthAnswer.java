package dimple.infrastructure.bootstrap;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * One health check's answer as Payara's MicroProfile Health endpoint shows it: the check's name and UP or DOWN,
 * never data (the endpoint needs no sign-in, so it tells nothing about the server, docs/adr/0035). A question
 * that fails is DOWN rather than thrown: Payara answers a throwing check with a bare 500.
 */
final class HealthAnswer {
    private static final Logger LOG = Logger.getLogger(HealthAnswer.class.getName());

    private HealthAnswer() {
    }

    static HealthCheckResponse of(String name, BooleanSupplier up) {
        boolean answer;
        try {
            answer = up.getAsBoolean();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The health check '" + name + "' failed; it answers DOWN", e);
            answer = false;
        }
        return new HealthCheckResponse(name, answer ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN, Optional.empty());
    }
}
