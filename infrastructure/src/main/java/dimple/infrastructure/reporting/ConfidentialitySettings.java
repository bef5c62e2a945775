package dimple.infrastructure.reporting;

import dimple.application.reporting.ConfidentialityPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.ConfigProvider;

/** The smallest team a confidential report comes from without a warning: {@code DIMPLE_CONFIDENTIAL_MIN_TEAM_SIZE} (default 5). */
@ApplicationScoped
public class ConfidentialitySettings {
    /** Dependent: a record cannot be proxied, and the services that take it are application-scoped anyway. */
    @Produces
    public ConfidentialityPolicy confidentialityPolicy() {
        int min = ConfigProvider.getConfig().getOptionalValue("dimple.confidential.min.team.size", Integer.class)
                .orElse(ConfidentialityPolicy.DEFAULT.minTeamSize());
        return new ConfidentialityPolicy(Math.max(1, min));
    }
}
